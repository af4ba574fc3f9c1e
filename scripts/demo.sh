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
$CLEW init
$CLEW ingest --quiet "$DEMO_DIR/corpus.jsonl"
$CLEW process --jobs 2
$CLEW stats
echo
echo "Demo workspace built in $(( $(date +%s) - start ))s at $CLEW_WORKSPACE."
echo "Serving on http://$HOST:$PORT/ — open it in a browser (Ctrl-C stops the server)."
echo "This build has no user accounts yet: the server listens on $HOST only, so only this"
echo "machine can reach it. Try: curl 'http://$HOST:$PORT/api/v1/documents?typology=labour_exploitation'"
exec $CLEW serve --host "$HOST" --port "$PORT"
