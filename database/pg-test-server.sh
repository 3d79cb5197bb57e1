#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite, on loopback port 55432.
#   database/pg-test-server.sh start|stop|url
# Uses Debian's postgresql package (installed by `make test`). When run as root the server
# runs as the `postgres` system user, since PostgreSQL refuses to run as root.
set -euo pipefail
PORT=${SOPDESK_TEST_PG_PORT:-55432}
DIR=${SOPDESK_TEST_PG_DIR:-/tmp/sopdesk-pgtest-$PORT}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$BIN" ] || { echo "PostgreSQL tidak terpasang (apt-get install postgresql)" >&2; exit 1; }
if [ "$(id -u)" = 0 ]; then RUN=(runuser -u postgres --); else RUN=(); fi

case "${1:-}" in
  start)
    if [ ! -f "$DIR/PG_VERSION" ]; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
      "${RUN[@]}" "$BIN/initdb" -D "$DIR" -A trust -U postgres -E UTF8 --no-sync >/dev/null
    fi
    if ! "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
      "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 start \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400" >/dev/null
    fi
    echo "PostgreSQL uji berjalan di 127.0.0.1:$PORT"
    ;;
  stop)
    "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" -m fast stop >/dev/null 2>&1 || true
    ;;
  url)
    echo "postgresql://postgres@127.0.0.1:$PORT/postgres"
    ;;
  *)
    echo "pemakaian: $0 start|stop|url" >&2; exit 2 ;;
esac
