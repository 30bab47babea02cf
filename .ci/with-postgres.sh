#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server on a loopback port, then stop it.
# Debian's server refuses to run as root, so it runs as the `postgres` user in a temporary
# folder that user owns. Usage: .ci/with-postgres.sh <command> [args...]
set -euo pipefail

PG_VERSION=${PG_VERSION:-15}
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
PG_PORT=${PG_PORT:-55432}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

if [ ! -x "$PG_BIN/initdb" ]; then
    $SUDO apt-get install -y --no-install-recommends postgresql \
        || ($SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends postgresql)
fi

work=$(mktemp -d /tmp/icc-postgres.XXXXXX)
chmod 755 "$work"
mkdir -p "$work/data" "$work/socket"
as_postgres() {
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else sudo -u postgres bash -c "$*"; fi
}
chown -R postgres "$work" 2>/dev/null || $SUDO chown -R postgres "$work"

stop() {
    as_postgres "$PG_BIN/pg_ctl -D $work/data -m fast stop" >/dev/null 2>&1 || true
    $SUDO rm -rf "$work"
}
trap stop EXIT

as_postgres "$PG_BIN/initdb -D $work/data -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8" >/dev/null
as_postgres "$PG_BIN/pg_ctl -D $work/data -l $work/server.log -w start \
    -o '-c listen_addresses=127.0.0.1 -p $PG_PORT -k $work/socket -c fsync=off -c synchronous_commit=off'" >/dev/null

export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/icc"
as_postgres "$PG_BIN/createdb -h 127.0.0.1 -p $PG_PORT -U postgres icc"
echo "PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT (DATABASE_URL=$DATABASE_URL)"
"$@"
