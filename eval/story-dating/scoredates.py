# Usage (from the repository root): python3 eval/story-dating/scoredates.py stories.json PARITY
# Score the dates `marsad stories --json` shows for the simulated articles against their crawl day (fetched), by where
# the date came from: the event cluster (ClusterDating), an event offset (StoryDating), the time step's text estimate.
import json,sys,collections
from crawldays import crawl_days,distance
stories=json.load(open(sys.argv[1])); parity=int(sys.argv[2])
fetched=crawl_days()
cnt=collections.Counter()
for s in stories['stories']:
    for cl in s['clusters']:
        for a in cl['articles']:
            sid=a['source_id']
            if int(sid.split('-')[1])%2!=parity or sid not in fetched: continue
            evidence=a.get('published_evidence') or ''
            kind='none' if not a.get('published_estimated') else 'cluster' if evidence.startswith('reports') else 'offset' if ' counts ' in evidence else 'text'
            cnt[(kind,'undated' if a.get('published') is None else distance(a['published'],fetched[sid]))]+=1
for k,v in sorted(cnt.items()): print(k,v)
