#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server on 127.0.0.1, exported to it as
# CLEW_TEST_DATABASE_URL; the server is stopped and removed afterwards.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$PGBIN" ]; then
  echo "PostgreSQL is not installed: run 'make install' first" >&2
  exit 2
fi
PORT=${CLEW_TEST_PG_PORT:-55432}
DIR=$(mktemp -d /tmp/clew-test-pg.XXXXXX)
RUN=()
if [ "$(id -u)" -eq 0 ]; then
  # The server refuses to run as root: run it as the postgres system user.
  chown postgres "$DIR"
  RUN=(runuser -u postgres --)
fi
cleanup() {
  "${RUN[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
"${RUN[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 2; }
"${RUN[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null \
  || { cat "$DIR/server.log" >&2; exit 2; }
"${RUN[@]}" "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres clew_test
export CLEW_TEST_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$PORT/clew_test"
set +e
"$@"
status=$?
exit $status
