#!/usr/bin/env bash
# A throwaway PostgreSQL server on a loopback port, for tests and benchmarks.
#
#   source .ci/postgres.sh
#   pg_throwaway_start [DIR]   # sets PG_THROWAWAY_DIR and PG_THROWAWAY_URL (and echoes the URL)
#   pg_throwaway_stop          # stops the server and removes DIR
#
# The server binaries come from the system: initdb/pg_ctl on PATH, else /usr/lib/postgresql/*/bin,
# else `apt-get install -y postgresql` (needs root). initdb refuses to run as root, so as root the
# cluster is created and run as the `postgres` user (or `nobody`). Authentication is `trust`, and the
# server listens on 127.0.0.1 and on a socket inside DIR only: it is for this machine's tests.
# PG_THROWAWAY_FSYNC=off skips disk flushes (faster tests; the data is thrown away anyway).

pg_throwaway_bindir() {
    local found
    if found="$(command -v initdb 2>/dev/null)" && [ -n "$found" ]; then
        dirname "$(readlink -f "$found")"
        return 0
    fi
    found="$( (ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true) | sort -V | tail -n 1)"
    if [ -n "$found" ] && [ -x "$found/initdb" ]; then
        echo "$found"
        return 0
    fi
    return 1
}

pg_throwaway_install() {
    pg_throwaway_bindir >/dev/null && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "postgres: initdb not found, and not root to install it (apt-get install postgresql)" >&2
        return 1
    fi
    echo "postgres: installing the server from the system's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null
    pg_throwaway_bindir >/dev/null
}

pg_throwaway_start() {
    local bindir dir port user run=()
    bindir="$(pg_throwaway_bindir)" || return 1
    dir="${1:-$(mktemp -d "${TMPDIR:-/tmp}/pg-throwaway.XXXXXX")}"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        user=postgres
        id -u "$user" >/dev/null 2>&1 || user=nobody
        chown "$user" "$dir"
        run=(runuser -u "$user" --)
    fi
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "${run[@]}" "$bindir/initdb" -D "$dir/data" -U speechfacts --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
    "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=${PG_THROWAWAY_FSYNC:-on}" \
        start >/dev/null || { cat "$dir/server.log" >&2; return 1; }
    PG_THROWAWAY_DIR="$dir"
    PG_THROWAWAY_BINDIR="$bindir"
    PG_THROWAWAY_RUN="${run[*]}"
    PG_THROWAWAY_URL="postgresql://speechfacts@127.0.0.1:$port/postgres"
    export PG_THROWAWAY_DIR PG_THROWAWAY_BINDIR PG_THROWAWAY_RUN PG_THROWAWAY_URL
    echo "$PG_THROWAWAY_URL"
}

pg_throwaway_stop() {
    [ -n "${PG_THROWAWAY_DIR:-}" ] || return 0
    # shellcheck disable=SC2086  # PG_THROWAWAY_RUN is a command prefix ("runuser -u postgres --")
    $PG_THROWAWAY_RUN "$PG_THROWAWAY_BINDIR/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m fast -w \
        stop >/dev/null 2>&1 || true
    rm -rf "$PG_THROWAWAY_DIR"
    unset PG_THROWAWAY_DIR PG_THROWAWAY_URL
}
