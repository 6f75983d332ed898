#!/usr/bin/env python3
"""Samples event clusters and near-duplicate pairs for hand-checking, with fixed seeds.

usage: marsad --data DIR stories --json > stories.json; marsad --data DIR duplicates --json > duplicates.json
       python3 tools/stories/handcheck.py stories.json duplicates.json DIR/marsad.db [N]
Prints N random multi-article clusters (seed 10) and N random near-duplicate pairs (seed 11) with titles, outlets,
dates and text openings, for a reader to judge; and the cluster-size distribution and duplicate-group counts.
"""
import collections, json, random, sqlite3, sys

stories, duplicates, db = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), sqlite3.connect(sys.argv[3])
n = int(sys.argv[4]) if len(sys.argv) > 4 else 30
text = lambda i: db.execute('SELECT text FROM articles WHERE id = ?', (i,)).fetchone()[0]
clusters = [c for s in stories['stories'] for c in s['clusters']]
sizes = collections.Counter(len(c['articles']) for c in clusters)
print('articles', sum(len(c['articles']) for c in clusters), 'clusters', len(clusters), 'stories', len(stories['stories']))
print('cluster sizes', dict(sorted(sizes.items())))
print('story sizes (clusters)', dict(sorted(collections.Counter(len(s['clusters']) for s in stories['stories']).items())[:15]), '...')
groups = duplicates['groups']
print('exact groups', sum(g['kind'] == 'exact' for g in groups), 'near groups', sum(g['kind'] == 'near' for g in groups))
outlet = {a['id']: a['outlet'] for c in clusters for a in c['articles']}
wire = [g for g in groups if g['kind'] == 'near' and any(outlet.get(i) == 'was' for i in g['articles'])
        and any(outlet.get(i) != 'was' for i in g['articles'])]
print('near groups joining SPA (was) wire copy and another outlet', len(wire))
multi = sorted((c for c in clusters if len(c['articles']) > 1), key=lambda c: c['id'])
print('\n=== %d random multi-article clusters (seed 10) ===' % n)
for k, c in enumerate(random.Random(10).sample(multi, min(n, len(multi)))):
    print('\n[C%d] %s date %s' % (k, c['id'], c['date']))
    for a in c['articles']:
        print('   %-12s %s %s | %s' % (a['outlet'], a['source_id'], a['published'] or '', (a['title'] or '')[:90]))
pairs = sorted({(p['articles'][0], p['articles'][1], p['containment'], p['jaccard'])
                for g in groups if g['kind'] == 'near' for p in g.get('pairs', [])})
print('\n=== %d random near-duplicate pairs (seed 11) of %d ===' % (n, len(pairs)))
for k, (a, b, c, j) in enumerate(random.Random(11).sample(pairs, min(n, len(pairs)))):
    print('\n[P%d] containment %.2f jaccard %.2f  %s (%s) ~ %s (%s)' % (k, c, j, a, outlet.get(a), b, outlet.get(b)))
    print('   A:', text(a)[:160].replace('\n', ' '))
    print('   B:', text(b)[:160].replace('\n', ' '))
