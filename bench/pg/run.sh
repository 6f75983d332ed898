#!/usr/bin/env bash
# Ingest + analyze of SaudiNewsNet (../shared/data/saudinewsnet) on SQLite and on PostgreSQL, and with 1 vs 2 worker
# processes on PostgreSQL sharing the queue (`marsad analyze --pending`), each worker process on one core. Prints wall
# seconds per phase and analysed articles per second, with the machine's load before and after.
#   bench/pg/run.sh [ARTICLES]      # the first ARTICLES lines of the corpus (default: all)
# Uses $MARSAD_TEST_PG when set, else starts a throwaway cluster (scripts/pg-cluster.sh) and stops it after.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=../shared/data/saudinewsnet/saudinewsnet.jsonl.gz
[ -f "$corpus" ] || { echo "bench/pg: $corpus is missing" >&2; exit 1; }
dotnet build -c Release src/Marsad.Cli -v q -nologo >/dev/null
marsad() { dotnet src/Marsad.Cli/bin/Release/net10.0/Marsad.Cli.dll "$@"; }
work=$(mktemp -d)
if [ -z "${MARSAD_TEST_PG:-}" ]; then
    eval "$(scripts/pg-cluster.sh start)"
    trap 'scripts/pg-cluster.sh stop; rm -rf "$work"' EXIT
else
    trap 'rm -rf "$work"' EXIT
fi
input="$work/input.jsonl"
if [ -n "${1:-}" ]; then (set +o pipefail; zcat "$corpus" | head -n "$1" >"$input"); else zcat "$corpus" >"$input"; fi
articles=$(wc -l <"$input")
admin="$MARSAD_TEST_PG"

database() { # a fresh database on the server, printed as a connection string
    local name="marsad_bench_$1"
    psql_cs "DROP DATABASE IF EXISTS $name" && psql_cs "CREATE DATABASE $name"
    echo "${admin/Database=postgres/Database=$name}"
}
psql_cs() {
    local host port user
    host=$(sed 's/.*Host=\([^;]*\).*/\1/' <<<"$admin"); port=$(sed 's/.*Port=\([^;]*\).*/\1/' <<<"$admin"); user=$(sed 's/.*Username=\([^;]*\).*/\1/' <<<"$admin")
    PGOPTIONS="-c client_min_messages=warning" psql -qtA -h "$host" -p "$port" -U "$user" -d postgres -c "$1" >/dev/null
}
seconds() { local start=$1; echo "scale=1; ($(date +%s%N) - $start) / 1000000000" | bc; }
run() { # NAME WORKERS STORE-ARGS...
    local name=$1 workers=$2; shift 2
    local start pids=() i
    start=$(date +%s%N)
    # Exit 3 says some lines were rejected (reported, not stored): the rest is ingested.
    marsad ingest "$input" --data "$work/$name" "$@" >"$work/$name-ingest.log" 2>&1 || [ $? -eq 3 ]
    local ingest; ingest=$(seconds "$start")
    start=$(date +%s%N)
    for i in $(seq 1 "$workers"); do
        # One core per worker process (DOTNET_PROCESSOR_COUNT), so 1 vs 2 processes measures the sharing of the queue;
        # worker 1 uses the ingest's data folder (on SQLite it is the store), others their own (their search index).
        local folder="$work/$name"; [ "$i" -gt 1 ] && folder="$work/$name-w$i"
        DOTNET_PROCESSOR_COUNT=1 marsad analyze --pending --data "$folder" "$@" >"$work/$name-w$i.log" 2>&1 &
        pids+=($!)
    done
    for i in "${pids[@]}"; do wait "$i"; done
    local analyze; analyze=$(seconds "$start")
    printf "| %-28s | %7s | %7s | %7s | %6.1f |\n" "$name" "$articles" "$ingest" "$analyze" "$(echo "$articles / $analyze" | bc -l)"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
echo "| run | articles | ingest s | analyze s | analyzed/s |"
echo "|---|---|---|---|---|"
run sqlite-1-worker 1
run postgresql-1-worker 1 --store "$(database one)"
run postgresql-2-workers 2 --store "$(database two)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
