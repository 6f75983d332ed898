"""Scores how an events build joins mentions into events (MentionMerger, issue #7) against the labelled eval/merges.tsv.

Usage (Python 3, stdlib only), from the repository root:
  python3 eval/merges.py --ids                  prints the labelled articles' ids, comma-separated
  python3 eval/merges.py DUMP                   scores DUMP, the output of
      dotnet run -c Release --no-build --project tools/Marsad.Train -- sample-events --articles 1500 --count 1 \
          --show-articles $(python3 eval/merges.py --ids)

Per half (even = tuning, odd = held out) and over all:
  right joins  a mention placed in an event after its first, with an earlier mention of that event of its happening
  false joins  a mention placed in an event none of whose earlier mentions tells its happening
  missed joins for each happening, the number of events its mentions are spread over, less one
A join is not scored when the mention or every earlier mention of its event is generic (`-`) or unlabelled; mentions
the build gives that the set does not label (a new trigger) are counted apart."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def labels():
    """(article, offset) -> happening label or None (generic); article -> half."""
    gold, half = {}, {}
    with open(os.path.join(HERE, 'merges.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            article, h, at, _trigger, happening = line.rstrip('\n').split('\t')
            gold[(article, int(at))] = None if happening == '-' else happening
            half[article] = h
    return gold, half


def events(path):
    """article -> list of events, each the list of its mentions' offsets in text order of the dump."""
    found, article = collections.defaultdict(list), None
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('=== article '):
                article = line.split()[-1]
            elif re.match(r'e\d+ ', line) and article:
                found[article].append([])
            elif (m := re.match(r'    «.*?» @(\d+):', line)) and article:
                found[article][-1].append(int(m.group(1)))
    return found


def score(path):
    gold, half = labels()
    found = events(path)
    counts = {h: collections.Counter() for h in ('even', 'odd')}
    for article, h in half.items():
        c = counts[h]
        spread = collections.defaultdict(set)
        for i, mentions in enumerate(found.get(article, [])):
            for j, at in enumerate(mentions):
                key = (article, at)
                if key not in gold:
                    c['unlabelled'] += 1
                    continue
                label = gold[key]
                if label is not None:
                    spread[label].add(i)
                if j == 0 or label is None:
                    continue
                earlier = [gold.get((article, a)) for a in mentions[:j]]
                if all(e is None for e in earlier):
                    continue
                c['right' if label in earlier else 'false'] += 1
        for label, where in spread.items():
            c['missed'] += len(where) - 1
        c['lost'] += sum(1 for (a, _), l in gold.items() if a == article and l is not None) - sum(
            1 for ev in found.get(article, []) for at in ev if gold.get((article, at)) is not None)
    counts['all'] = counts['even'] + counts['odd']
    print(f"{'half':<6}{'right':>7}{'false':>7}{'missed':>8}{'unlabelled':>12}{'lost':>6}")
    for h in ('even', 'odd', 'all'):
        c = counts[h]
        print(f"{h:<6}{c['right']:>7}{c['false']:>7}{c['missed']:>8}{c['unlabelled']:>12}{c['lost']:>6}")
    print("lost: labelled mentions of a happening the build no longer gives (a dropped event or trigger)")


if __name__ == '__main__':
    if sys.argv[1:] == ['--ids']:
        print(','.join(dict.fromkeys(a for a, _ in labels()[0])))
    elif len(sys.argv) == 2:
        score(sys.argv[1])
    else:
        sys.exit(__doc__)
