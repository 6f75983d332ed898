# Shared by scoredates.py and compare.py: each labelled article's crawl day (its `fetched`), and how far a shown date is.
import datetime,json,os

def crawl_days():
    days={}
    for f in ['eval/clusters.jsonl', os.environ.get('MARSAD_SHARED','../shared')+'/data/saudinewsnet/dev/clusters.jsonl']:
        for l in open(f):
            if l.startswith('#') or not l.strip(): continue
            r=json.loads(l); days[r['id']]=datetime.date.fromisoformat(r['fetched'][:10])
    return days

def distance(shown,crawled):
    d=(datetime.date.fromisoformat(shown[:10])-crawled).days
    return 'exact' if d==0 else 'within 1 day' if abs(d)<=1 else 'far'
