# Usage (from the repository root): python3 eval/story-dating/compare.py ORIGINAL_STORE/data/marsad.db stories0.json stories1.json
# For the simulated articles the cluster rule dated: what the base build shows (the time step's text estimate, or nothing).
import json,sqlite3,collections,sys
from crawldays import crawl_days,distance
fetched=crawl_days()
c=sqlite3.connect(sys.argv[1])
est={s:p for s,p in c.execute("select a.source_id, an.published from analyses an join articles a on a.id=an.article_id where an.published is not null")}
base=collections.Counter(); new=collections.Counter()
for p in (0,1):
    for st in json.load(open(sys.argv[2+p]))['stories']:
        for cl in st['clusters']:
            for a in cl['articles']:
                sid=a['source_id']
                if int(sid.split('-')[1])%2!=p or not (a.get('published_evidence') or '').startswith('reports'): continue
                new[distance(a['published'],fetched[sid])]+=1
                base['undated' if sid not in est else distance(est[sid],fetched[sid])]+=1
print('cluster-dated articles: base shows',dict(base),'; now',dict(new))
