# Usage (from the repository root): python3 eval/story-dating/scoredates.py stories.json PARITY
# Score the dates `marsad stories --json` shows for the simulated articles against their crawl day (fetched).
import json,os,sys,datetime,collections
stories=json.load(open(sys.argv[1])); parity=int(sys.argv[2])
fetched={}
for f in ['eval/clusters.jsonl', os.environ.get('MARSAD_SHARED','../shared')+'/data/saudinewsnet/dev/clusters.jsonl']:
    for l in open(f):
        if l.startswith('#') or not l.strip(): continue
        r=json.loads(l); fetched[r['id']]=datetime.date.fromisoformat(r['fetched'][:10])
cnt=collections.Counter(); ev=collections.Counter()
for s in stories['stories']:
    for cl in s['clusters']:
        for a in cl['articles']:
            sid=a['source_id']
            if int(sid.split('-')[1])%2!=parity or sid not in fetched: continue
            p=a.get('published')
            kind=(a.get('published_evidence') or '').split(' ')[0] if a.get('published_estimated') else 'none'
            kind='cluster' if kind=='reports' else 'text' if kind in ('latest','no') else 'offset' if p and a.get('published_estimated') else kind
            if p is None: cnt[(kind,'undated')]+=1; continue
            diff=(datetime.date.fromisoformat(p[:10])-fetched[sid]).days
            cnt[(kind,'exact' if diff==0 else 'within 1 day' if abs(diff)<=1 else 'far')]+=1
for k,v in sorted(cnt.items()): print(k,v)
