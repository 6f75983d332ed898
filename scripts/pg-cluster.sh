#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for Marsad's tests and benchmarks: Debian's server (installed with apt-get when
# absent), initdb in a temporary folder, a free loopback port, run as a non-root user (PostgreSQL refuses root).
#
#   eval "$(scripts/pg-cluster.sh start)"   # starts one; exports MARSAD_PG_DIR and MARSAD_TEST_PG (a connection string)
#   scripts/pg-cluster.sh env               # prints the exports again for the cluster in $MARSAD_PG_DIR
#   scripts/pg-cluster.sh stop              # stops the cluster in $MARSAD_PG_DIR and deletes its folder
#
# The cluster trusts loopback connections from its one superuser `marsad`, listens on 127.0.0.1 only, keeps its socket
# in its own folder, and is tuned for tests (fsync off: a throwaway cluster never needs crash safety).
set -euo pipefail

die() { echo "pg-cluster: $*" >&2; exit 1; }

pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    return 1
}

install_postgresql() {
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "pg-cluster: installing postgresql from Debian" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >&2
}

# The user the server runs as: ourselves unless root; as root, Debian's postgres user, else a marsadpg user made for it.
server_user() {
    if [ "$(id -u)" -ne 0 ]; then id -un; return; fi
    if id postgres >/dev/null 2>&1; then echo postgres; return; fi
    id marsadpg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin marsadpg
    echo marsadpg
}

as_server_user() {
    local user=$1; shift
    if [ "$(id -u)" -ne 0 ]; then "$@"; else runuser -u "$user" -- "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

print_env() {
    local dir=$1
    [ -f "$dir/connection" ] || die "no cluster in $dir (start one with: eval \"\$(scripts/pg-cluster.sh start)\")"
    printf "export MARSAD_PG_DIR='%s'\n" "$dir"
    printf "export MARSAD_TEST_PG='%s'\n" "$(cat "$dir/connection")"
}

start() {
    local bin user dir port attempt
    bin=$(pg_bin) || { install_postgresql; bin=$(pg_bin) || die "postgresql is not installed and apt-get could not install it"; }
    user=$(server_user)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/marsad-pg.XXXXXX")
    chmod 755 "$dir"
    mkdir "$dir/data"
    chown "$user" "$dir" "$dir/data"
    as_server_user "$user" "$bin/initdb" -D "$dir/data" -U marsad --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    for attempt in $(seq 1 20); do
        port=$(( 20000 + (RANDOM * 7 + attempt) % 40000 ))
        port_in_use "$port" && continue
        if as_server_user "$user" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            echo "Host=127.0.0.1;Port=$port;Username=marsad;Database=postgres" >"$dir/connection"
            echo "$user" >"$dir/user"
            print_env "$dir"
            return 0
        fi
        grep -q "could not bind\|already in use" "$dir/server.log" 2>/dev/null || { cat "$dir/server.log" >&2; die "the server did not start"; }
    done
    die "no free loopback port found"
}

stop() {
    local dir=${MARSAD_PG_DIR:-} bin
    [ -n "$dir" ] || die "MARSAD_PG_DIR is not set: nothing to stop"
    [ -d "$dir/data" ] || die "no cluster in $dir"
    bin=$(pg_bin) || die "postgresql is not installed"
    as_server_user "$(cat "$dir/user")" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    env) print_env "${MARSAD_PG_DIR:?MARSAD_PG_DIR is not set}" ;;
    *) echo "usage: scripts/pg-cluster.sh start|stop|env" >&2; exit 2 ;;
esac
