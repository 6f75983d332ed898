# Usage (from the repository root): python3 eval/story-dating/compare.py ORIGINAL_STORE/data/marsad.db stories0.json stories1.json
# For the simulated articles the cluster rule dated: what the base build shows (the time step's text estimate, or nothing).
import json,os,sqlite3,datetime,collections,sys
fetched={}
for f in ['eval/clusters.jsonl', os.environ.get('MARSAD_SHARED','../shared')+'/data/saudinewsnet/dev/clusters.jsonl']:
    for l in open(f):
        if l.startswith('#') or not l.strip(): continue
        r=json.loads(l); fetched[r['id']]=datetime.date.fromisoformat(r['fetched'][:10])
c=sqlite3.connect(sys.argv[1])
est={s:p for s,p in c.execute("select a.source_id, an.published from analyses an join articles a on a.id=an.article_id where an.published is not null")}
def b(d): return 'exact' if d==0 else 'within 1 day' if abs(d)<=1 else 'far'
base=collections.Counter(); new=collections.Counter()
for p in (0,1):
    for st in json.load(open(sys.argv[2+p]))['stories']:
        for cl in st['clusters']:
            for a in cl['articles']:
                sid=a['source_id']
                if int(sid.split('-')[1])%2!=p or not (a.get('published_evidence') or '').startswith('reports'): continue
                new[b((datetime.date.fromisoformat(a['published'])-fetched[sid]).days)]+=1
                base['undated' if sid not in est else b((datetime.date.fromisoformat(est[sid][:10])-fetched[sid]).days)]+=1
print('cluster-dated articles: base shows',dict(base),'; now',dict(new))
