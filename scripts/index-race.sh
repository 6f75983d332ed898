#!/usr/bin/env bash
# Reproduces issue 13's search-index failure: two `marsad analyze --pending` worker processes sharing one SQLite data
# folder (so one search index), one killed with SIGKILL while it holds a chunk, as PendingWorkersTests does; then checks
# the index the survivor left. Prints one line per run and a tally:
#   ok        the survivor exited 0 without an index warning, and the index is fresh, readable and holds every article once
#   warned    the survivor could not update the index (its stderr says why) — the index reports itself stale
#   broken    the survivor failed, or the index cannot be read, or is not fresh and holding every article exactly once
#   scripts/index-race.sh [RUNS] [ARTICLES]     (defaults 20 and 40; the first ARTICLES of SaudiNewsNet, ../shared)
# INDEX_RACE_KILL=0 lets both workers finish (no kill): the two processes writing one index at once is enough.
# Uses the CLI built by `dotnet build tests/Marsad.Tests` (Debug), or $MARSAD_CLI (a Marsad.Cli.dll).
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
articles=${2:-40}
cli=${MARSAD_CLI:-tests/Marsad.Tests/bin/Debug/net10.0/Marsad.Cli.dll}
corpus=../shared/data/saudinewsnet/saudinewsnet.jsonl.gz
[ -f "$cli" ] || { echo "index-race: build first (dotnet build tests/Marsad.Tests), or set MARSAD_CLI" >&2; exit 1; }
[ -f "$corpus" ] || { echo "index-race: $corpus is missing" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "index-race: needs sqlite3 (apt-get install sqlite3)" >&2; exit 1; }
marsad() { MARSAD_STORE= dotnet "$cli" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(set +o pipefail; zcat "$corpus" | head -n "$articles" >"$work/input.jsonl")
marsad --data "$work/template" ingest "$work/input.jsonl" >/dev/null || exit 1

ok=0 warned=0 broken=0
for run in $(seq 1 "$runs"); do
    data="$work/run$run"
    cp -r "$work/template" "$data"
    marsad --data "$data" analyze --pending --chunk 4 --lease 3 --json >/dev/null 2>"$work/a.err" &
    doomed=$!
    marsad --data "$data" analyze --pending --chunk 4 --lease 3 --json >/dev/null 2>"$work/b.err" &
    survivor=$!
    # Killed while it holds a chunk it has not saved.
    until [ "$(sqlite3 "$data/marsad.db" "SELECT COUNT(*) FROM analysis_queue WHERE worker LIKE '%:$doomed' AND lease_until IS NOT NULL" 2>/dev/null)" -gt 0 ] 2>/dev/null; do
        kill -0 "$doomed" 2>/dev/null || break
        sleep 0.05
    done
    [ "${INDEX_RACE_KILL:-1}" = 0 ] || kill -9 "$doomed" 2>/dev/null
    wait "$doomed" 2>/dev/null
    wait "$survivor"; rc=$?
    result=$(marsad --data "$data" search '*' --limit 1000 --json 2>"$work/search.err" | python3 -c '
import json, sys
n = int(sys.argv[1])
try:
    d = json.load(sys.stdin)
except Exception:
    print("unreadable"); sys.exit()
ids = [h["article"]["id"] for h in d["hits"]]
listed = sum(1 + h["duplicates"] for h in d["hits"])
fresh, docs = d["index"]["fresh"], d["index"]["documents"]
print(f"fresh={fresh} documents={docs} hits={len(ids)} distinct={len(set(ids))} articles={listed} " + ("consistent" if docs == n == listed and len(ids) == len(set(ids)) else "inconsistent"))
' "$articles")
    if [ $rc -ne 0 ]; then verdict=broken; why="survivor exited $rc: $(tail -c 300 "$work/b.err" | tr '\n' ' ')"
    elif grep -q "search index not updated" "$work/b.err"; then verdict=warned; why="$(grep -o 'search index not updated.*' "$work/b.err" | head -c 300) search: $(head -c 200 "$work/search.err" | tr '\n' ' ')"
    elif [[ "$result" == *"fresh=True"*consistent && "$result" != *inconsistent ]]; then verdict=ok; why=""
    else verdict=broken; why="search: $(head -c 300 "$work/search.err" | tr '\n' ' ')"
    fi
    declare "$verdict=$(( ${!verdict} + 1 ))"
    echo "run $run: $verdict  $result  $why"
    rm -rf "$data"
done
echo "runs=$runs ok=$ok warned=$warned broken=$broken (load: $(cut -d' ' -f1-3 /proc/loadavg))"
