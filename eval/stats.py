"""Prints the count tables of eval/README.md from eval/events.jsonl and eval/quotes.jsonl (Python 3, stdlib only).
Usage: python3 eval/stats.py   (from the repository root or from eval/)"""
import collections, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

def rows(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]

def table(title, counter, headers, order=None):
    keys = order if order else sorted(counter, key=lambda k: (-counter[k], k))
    print(f'\n{title}\n')
    print('| ' + ' | '.join(headers) + ' |')
    print('|' + '---|' * len(headers))
    for k in keys:
        v = counter[k]
        print(f'| {k} | ' + ' | '.join(str(x) for x in (v if isinstance(v, tuple) else (v,))) + ' |')

TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
         'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']
MODALITIES = ['asserted', 'reported', 'alleged', 'denied', 'planned', 'negated']

events = rows('events.jsonl')
quotes = rows('quotes.jsonl')
all_events = [e for r in events for e in r['events']]
print(f'events.jsonl: {len(events)} items, {sum(1 for r in events if r["events"])} with events, '
      f'{sum(1 for r in events if not r["events"])} without, {len(all_events)} events')
print(f'quotes.jsonl: {len(quotes)} items, {sum(len(r["quotes"]) for r in quotes)} quotes')

per_type = {t: (sum(1 for r in events if any(e['type'] == t for e in r['events'])),
                sum(1 for e in all_events if e['type'] == t),
                ', '.join(f'{m} {n}' for m, n in sorted(collections.Counter(e['mode'] or '(none)' for e in all_events if e['type'] == t).items())))
            for t in TYPES}
table('Events per PLOVER type', per_type, ['type', 'items', 'events', 'modes'], TYPES)
table('Events per modality', collections.Counter(e['modality'] for e in all_events), ['modality', 'events'], MODALITIES)
table('Items per tag', collections.Counter(t for r in events for t in r['tags']), ['tag', 'items'])
qs = [q for r in quotes for q in r['quotes']]
table('Quotes per kind', collections.Counter(q['kind'] for q in qs), ['kind', 'quotes'])
table('Quotes per speaker form', collections.Counter(q['speaker_form'] for q in qs), ['speaker form', 'quotes'])
table('Quotes per cue (as written, with any conjunction)', collections.Counter(q['cue'] for q in qs), ['cue', 'quotes'])
table('Quote items per tag', collections.Counter(t for r in quotes for t in r['tags']), ['tag', 'items'])
