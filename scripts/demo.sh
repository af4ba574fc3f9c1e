#!/usr/bin/env bash
# Build a demo workspace from synthetic data and serve it on the loopback interface.
set -euo pipefail
DEMO_DIR=${DEMO_DIR:-demo-data}
DEMO_N=${DEMO_N:-20000}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8765}
CLEW=.venv/bin/clew
export CLEW_WORKSPACE="$DEMO_DIR/workspace"
start=$(date +%s)
mkdir -p "$DEMO_DIR"
if [ ! -f "$DEMO_DIR/corpus.jsonl" ]; then
  $CLEW demo-data -n "$DEMO_N" --seed 7 -o "$DEMO_DIR/corpus.jsonl"
fi
init_out=$($CLEW init)
echo "$init_out" | grep -v '^one-time password' || true
# The first admin's one-time password is printed once, by the `clew init` that made it. On a rebuilt
# demo whose admin has not chosen a password yet, hand out a fresh one-time password instead.
ADMIN_PASSWORD=$(echo "$init_out" | sed -n 's/^one-time password[^:]*: //p')
if [ -z "$ADMIN_PASSWORD" ] && $CLEW user list --json | grep -A4 '"name": "admin"' | grep -q '"must_change_password": true'; then
  ADMIN_PASSWORD=$($CLEW user reset admin | sed -n 's/^one-time password[^:]*: //p')
fi
$CLEW ingest --quiet "$DEMO_DIR/corpus.jsonl"
$CLEW process --jobs 2
$CLEW stats
echo
echo "Demo workspace built in $(( $(date +%s) - start ))s at $CLEW_WORKSPACE."
echo "Serving on http://$HOST:$PORT/ — open it in a browser (Ctrl-C stops the server)."
echo
echo "  Sign in at:  http://$HOST:$PORT/login"
echo "  User:        admin"
if [ -n "$ADMIN_PASSWORD" ]; then
  echo "  Password:    $ADMIN_PASSWORD   (one-time: you choose your own at first sign-in)"
else
  echo "  Password:    the one you chose (forgot it? .venv/bin/clew -w $CLEW_WORKSPACE user reset admin)"
fi
echo
echo "Add colleagues with: .venv/bin/clew -w $CLEW_WORKSPACE user add NAME --role analyst"
exec $CLEW serve --host "$HOST" --port "$PORT"
