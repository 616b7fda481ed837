# shellcheck shell=bash
# Starts a private PostgreSQL cluster for the tests and exports DATABASE_URL; stops it on exit.
#
# Source it (`. .ci/postgres.sh`) from .ci/run before the tests. It installs Debian's postgresql
# only when initdb/pg_ctl cannot be found, runs the server as a non-root user (PostgreSQL refuses
# root), listens on 127.0.0.1 on a free port only, keeps everything under one temporary folder,
# and stops the server by its PID when the sourcing shell exits.

sameside_pg_find() {
    local name=$1 dir
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/$name" ]; then echo "$dir/$name"; return 0; fi
    done
    return 1
}

if ! sameside_pg_find initdb >/dev/null || ! sameside_pg_find pg_ctl >/dev/null; then
    echo "postgres.sh: initdb/pg_ctl not found; installing Debian's postgresql" >&2
    if [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
        sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
fi
SAMESIDE_PG_INITDB=$(sameside_pg_find initdb) || { echo "postgres.sh: initdb still missing" >&2; return 1 2>/dev/null || exit 1; }
SAMESIDE_PG_BIN=$(dirname "$(readlink -f "$SAMESIDE_PG_INITDB")")

# A free TCP port on 127.0.0.1, chosen by the kernel.
SAMESIDE_PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
SAMESIDE_PG_DIR=$(mktemp -d /tmp/sameside-pg.XXXXXX)
chmod 755 "$SAMESIDE_PG_DIR"

# PostgreSQL will not run as root: use the `postgres` system user (created by the Debian package)
# or a throwaway one.
sameside_pg_as() { "$@"; }
if [ "$(id -u)" = 0 ]; then
    SAMESIDE_PG_USER=postgres
    if ! id "$SAMESIDE_PG_USER" >/dev/null 2>&1; then
        SAMESIDE_PG_USER=sameside-pg
        id "$SAMESIDE_PG_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$SAMESIDE_PG_USER"
    fi
    chown "$SAMESIDE_PG_USER" "$SAMESIDE_PG_DIR"
    sameside_pg_as() { runuser -u "$SAMESIDE_PG_USER" -- "$@"; }
fi

sameside_pg_as "$SAMESIDE_PG_BIN/initdb" -D "$SAMESIDE_PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$SAMESIDE_PG_DIR/initdb.log" 2>&1 || { cat "$SAMESIDE_PG_DIR/initdb.log" >&2; return 1 2>/dev/null || exit 1; }
sameside_pg_as "$SAMESIDE_PG_BIN/pg_ctl" -D "$SAMESIDE_PG_DIR/data" -w -t 60 \
    -o "-p $SAMESIDE_PG_PORT -k $SAMESIDE_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    -l "$SAMESIDE_PG_DIR/server.log" start >/dev/null || { cat "$SAMESIDE_PG_DIR/server.log" >&2; return 1 2>/dev/null || exit 1; }
SAMESIDE_PG_PID=$(head -1 "$SAMESIDE_PG_DIR/data/postmaster.pid")

sameside_pg_stop() {
    if [ -n "${SAMESIDE_PG_PID:-}" ] && kill -0 "$SAMESIDE_PG_PID" 2>/dev/null; then
        # SIGINT is PostgreSQL's "fast shutdown"; wait for it, by PID.
        kill -INT "$SAMESIDE_PG_PID" 2>/dev/null
        for _ in $(seq 1 100); do kill -0 "$SAMESIDE_PG_PID" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$SAMESIDE_PG_DIR"
}
trap sameside_pg_stop EXIT

export DATABASE_URL="postgres://postgres@127.0.0.1:$SAMESIDE_PG_PORT/postgres"
echo "postgres.sh: PostgreSQL (pid $SAMESIDE_PG_PID) on 127.0.0.1:$SAMESIDE_PG_PORT; DATABASE_URL exported" >&2
