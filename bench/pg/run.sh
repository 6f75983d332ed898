#!/usr/bin/env bash
# Ingest + analyze of SaudiNewsNet (../shared/data/saudinewsnet) on SQLite and on PostgreSQL, and with 1 vs 2 worker
# processes on PostgreSQL sharing the queue (`marsad analyze --pending`), each worker process on one core. Prints wall
# seconds per phase and analysed articles per second, with the machine's load before and after, and CPU seconds: of the
# marsad processes (user+sys) and of the PostgreSQL server (its postmaster's own and its ended backends' CPU), so a
# figure taken on a busy shared machine can still be compared (CPU ms per article).
#   bench/pg/run.sh [ARTICLES]      # the first ARTICLES lines of the corpus (default: all)
# Uses $MARSAD_TEST_PG when set, else starts a throwaway cluster (scripts/pg-cluster.sh) and stops it after.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=../shared/data/saudinewsnet/saudinewsnet.jsonl.gz
[ -f "$corpus" ] || { echo "bench/pg: $corpus is missing" >&2; exit 1; }
dotnet build -c Release src/Marsad.Cli -v q -nologo >/dev/null
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
# CPU seconds the PostgreSQL server has used so far: the postmaster's own and its waited-for children's (backends that ended).
server_cpu() {
    [ -n "${MARSAD_PG_DIR:-}" ] && [ -f "$MARSAD_PG_DIR/data/postmaster.pid" ] || { echo 0; return; }
    local pid; pid=$(head -n1 "$MARSAD_PG_DIR/data/postmaster.pid")
    awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f\n", ($12 + $13 + $14 + $15) / hz }' "/proc/$pid/stat"
}
# user+sys seconds of the timed marsad processes of a phase (one /usr/bin/time file each)
cpu_of() { cat "$@" | awk '{ s += $1 + $2 } END { printf "%.1f", s }'; }
run() { # NAME WORKERS STORE-ARGS...
    local name=$1 workers=$2; shift 2
    local start pids=() i
    start=$(date +%s%N)
    # Exit 3 says some lines were rejected (reported, not stored): the rest is ingested.
    local server0; server0=$(server_cpu)
    /usr/bin/time -f "%U %S" -o "$work/$name-ingest.cpu" dotnet src/Marsad.Cli/bin/Release/net10.0/Marsad.Cli.dll \
        ingest "$input" --data "$work/$name" "$@" >"$work/$name-ingest.log" 2>&1 || [ $? -eq 3 ]
    local ingest; ingest=$(seconds "$start")
    local server1; server1=$(server_cpu)
    start=$(date +%s%N)
    for i in $(seq 1 "$workers"); do
        # One core per worker process (DOTNET_PROCESSOR_COUNT), so 1 vs 2 processes measures the sharing of the queue;
        # worker 1 uses the ingest's data folder (on SQLite it is the store), others their own (their search index).
        local folder="$work/$name"; [ "$i" -gt 1 ] && folder="$work/$name-w$i"
        DOTNET_PROCESSOR_COUNT=1 /usr/bin/time -f "%U %S" -o "$work/$name-w$i.cpu" dotnet src/Marsad.Cli/bin/Release/net10.0/Marsad.Cli.dll \
            analyze --pending --data "$folder" "$@" >"$work/$name-w$i.log" 2>&1 &
        pids+=($!)
    done
    for i in "${pids[@]}"; do wait "$i"; done
    local analyze; analyze=$(seconds "$start")
    local server2; server2=$(server_cpu)
    local ingest_cpu analyze_cpu
    ingest_cpu=$(echo "$(cpu_of "$work/$name-ingest.cpu") + $server1 - $server0" | bc)
    analyze_cpu=$(echo "$(cpu_of "$work/$name"-w*.cpu) + $server2 - $server1" | bc)
    printf "| %-22s | %6s | %6s | %6s | %7s | %7s | %6.2f | %6.0f | %s |\n" "$name" "$articles" "$ingest" "$ingest_cpu" "$analyze" \
        "$analyze_cpu" "$(echo "$articles / $analyze" | bc -l)" "$(echo "1000 * $analyze_cpu / $articles" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
echo "| run | articles | ingest s | ingest CPU s | analyze s | analyze CPU s | analyzed/s | CPU ms/article | load after |"
echo "|---|---|---|---|---|---|---|---|---|"
run sqlite-1-worker 1
run postgresql-1-worker 1 --store "$(database one)"
run postgresql-2-workers 2 --store "$(database two)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
