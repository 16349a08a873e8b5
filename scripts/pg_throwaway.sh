#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a local socket, for the tests and for development.
#
#   scripts/pg_throwaway.sh start [DIR]   # initdb into DIR (a new temp dir by default), start it,
#                                         # print `export ALIANZAS_TEST_POSTGRES=…`
#   scripts/pg_throwaway.sh stop DIR      # stop it and remove DIR
#
# The server listens on no TCP port (listen_addresses=''), only on a Unix socket inside DIR;
# its superuser is `postgres` with trust authentication on that socket. Run as root, the
# cluster belongs to the unprivileged user `postgres` (created by Debian's package) and is run
# through runuser; run as anybody else, it belongs to that user.
#
# Usage from a shell:  eval "$(scripts/pg_throwaway.sh start)"   (then run the tests)
set -euo pipefail

bindir() {
    if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return
    fi
    # Debian installs the server's programs outside PATH, one folder per major version.
    local newest
    newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$newest" ]; then
        echo "No se encontró PostgreSQL (initdb): instale el paquete postgresql." >&2
        exit 1
    fi
    echo "$newest"
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local dir="${1:-}"
    if [ -z "$dir" ]; then
        dir="$(mktemp -d "${TMPDIR:-/tmp}/alianzas-pg.XXXXXX")"
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$dir"
    fi
    chmod 0755 "$dir"  # the socket inside is reached by whoever runs the tests
    local bin
    bin="$(bindir)"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # Not durable (fsync, synchronous_commit and full_page_writes off): a throwaway cluster
    # for tests, lost with the machine anyway. Every other setting is PostgreSQL's default.
    # bench/office_more.py measures its PostgreSQL import on such a cluster; an office's
    # server keeps all three on, and its import then also waits for the WAL it writes
    # (about 260 MB for 100,000 records, under the default max_wal_size of 1 GB: no
    # checkpoint midway) to reach the disk.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off \
            -c full_page_writes=off -c max_connections=200" >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "export ALIANZAS_TEST_POSTGRES='postgresql+psycopg://postgres@/postgres?host=$dir'"
}

stop() {
    local dir="${1:?indique la carpeta del clúster}"
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) start "${2:-}" ;;
    stop) stop "${2:-}" ;;
    *)
        echo "uso: $0 start [CARPETA] | stop CARPETA" >&2
        exit 2
        ;;
esac
