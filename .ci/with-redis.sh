#!/usr/bin/env bash
# Run a command against a throwaway Redis server on a loopback port, then stop it: the cache, and
# the tools' counters and used form codes (tools/counters.py), then live in Redis as in
# production with REDIS_URL. Debian's redis-server, installed if missing; nothing is written to
# disk. Usage: .ci/with-redis.sh <command> [args...]
set -euo pipefail

REDIS_PORT=${REDIS_PORT:-56379}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

if ! command -v redis-server >/dev/null; then
    $SUDO apt-get install -y --no-install-recommends redis-server \
        || ($SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends redis-server)
fi

work=$(mktemp -d /tmp/icc-redis.XXXXXX)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no \
    --dir "$work" --daemonize yes --pidfile "$work/redis.pid" --logfile "$work/redis.log" \
    --maxmemory-policy noeviction

stop() {
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop EXIT

for _ in $(seq 50); do
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.1
done

export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
echo "Redis on 127.0.0.1:$REDIS_PORT (REDIS_URL=$REDIS_URL)"
"$@"
