# Usage: python3 simdates.py STORE_COPY/data/marsad.db PARITY  (then: marsad stories --json --data STORE_COPY/data > stories.json)
# Simulate articles without a date of their own in a copy of a labelled store: the articles of one parity (by corpus id
# number) lose their crawl day; those with a time-step estimate from their text keep it as their day ("estimated").
import sqlite3,sys,datetime
db,parity=sys.argv[1],int(sys.argv[2])
c=sqlite3.connect(db)
epoch=datetime.date(1970,1,1)
est={a:p for a,p in c.execute("select article_id, published from analyses where published is not null and published_estimated=1")}
n=0
for a,s in c.execute("select id, source_id from articles").fetchall():
    if int(s.split('-')[1])%2!=parity: continue
    n+=1
    if a in est:
        d=(datetime.date.fromisoformat(est[a][:10])-epoch).days
        c.execute("update story_articles set day=?, day_source='estimated' where article_id=?",(d,a))
    else:
        c.execute("update story_articles set day=NULL, day_source=NULL where article_id=?",(a,))
c.commit(); print('simulated',n)
