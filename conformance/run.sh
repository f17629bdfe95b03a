#!/usr/bin/env bash
# The conformance suite: third-party validators against our specs and our simulator.
#
#   1. Schemathesis (PyPI) generates requests from spec/ringg.yaml and spec/ringyo.yaml and sends
#      them to voiceai-sim with every check on (status codes, response schemas, headers,
#      negative data, unsupported methods, auth, ...). Real ids, made by
#      tests/examples/conformance_seed.rs, are bound where operations need them.
#   2. Prism (npm) runs as a validating proxy in front of voiceai-sim while the `voiceai` CLI
#      walks both APIs through it: every request and answer is checked against the spec.
#
# Zero findings is the bar: any Schemathesis failure or Prism violation fails the script.
# Tools are installed when absent, at pinned versions. Everything runs on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCHEMATHESIS_VERSION=4.32.5
PRISM_VERSION=5.16.0
EXAMPLES=${CONFORMANCE_EXAMPLES:-25}
SEED=${CONFORMANCE_SEED:-7}
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# ---------------------------------------------------------------- tools
if [ "$(st --version 2>/dev/null | awk '{print $3}')" != "$SCHEMATHESIS_VERSION" ]; then
  python3 -m pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi
PRISM="$ROOT/target/conformance-tools/node_modules/.bin/prism"
if [ ! -x "$PRISM" ] || [ "$("$PRISM" --version 2>/dev/null)" != "$PRISM_VERSION" ]; then
  mkdir -p "$ROOT/target/conformance-tools"
  npm install --silent --no-audit --no-fund --prefix "$ROOT/target/conformance-tools" \
    "@stoplight/prism-cli@$PRISM_VERSION" >/dev/null
fi
echo "schemathesis $(st --version | awk '{print $3}'), prism $("$PRISM" --version)"

cargo build -q -p voiceai-simulator --bin voiceai-sim
cargo build -q -p voiceai --features cli --bin voiceai
cargo build -q -p voiceai-tests --example conformance_seed
BIN="$ROOT/target/debug"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() {
  for _ in $(seq 1 100); do
    if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$1),0.2)" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "nothing listens on port $1" >&2; return 1
}

# ---------------------------------------------------------------- simulator
start_sim() {
  SIM_PORT=$(free_port)
  "$BIN/voiceai-sim" --port "$SIM_PORT" --seed 42 --ringyo-limit off >"$WORK/sim-$1.log" 2>&1 &
  PIDS+=($!)
  wait_port "$SIM_PORT"
  export RINGG_BASE_URL="http://127.0.0.1:$SIM_PORT/ringg" RINGG_API_KEY=sim-ringg-key-not-a-secret
  export RINGYO_BASE_URL="http://127.0.0.1:$SIM_PORT/ringyo/v1" RINGYO_API_KEY=rg_test_simulator_not_a_secret
}

# ---------------------------------------------------------------- 1. Schemathesis
start_sim schemathesis
"$BIN/examples/conformance_seed" >"$WORK/seed.json"
python3 conformance/configure.py "$WORK/seed.json" "$WORK"

run_st() { # api url header config [extra args]
  local api=$1 url=$2 header=$3 config=$4; shift 4
  echo "== schemathesis: $api ($*)"
  if ! st --config-file "$config" run "spec/$api.yaml" --url "$url" -H "$header" \
      --checks all --phases examples,coverage,fuzzing -n "$EXAMPLES" --seed "$SEED" \
      --no-color --workers 1 "$@" >"$WORK/st.txt" 2>&1; then
    cat "$WORK/st.txt"
    echo "schemathesis found problems in spec/$api.yaml or the simulator" >&2
    return 1
  fi
  grep -A1 '^Test cases:' "$WORK/st.txt" | tail -1
}
# In three passes, so that no operation takes away what the others test on: first everything
# but deletions (they archive or remove the seeded objects) and the Ringg key rotation (it
# replaces the key the others authenticate with), then the deletions, then the rotation.
for api in ringyo ringg; do
  if [ "$api" = ringg ]; then url=$RINGG_BASE_URL; header="X-API-KEY: $RINGG_API_KEY"
  else url=$RINGYO_BASE_URL; header="Authorization: Bearer $RINGYO_API_KEY"; fi
  run_st "$api" "$url" "$header" "$WORK/$api.toml" \
    --exclude-method DELETE --exclude-operation-id regenerate_api_key
  run_st "$api" "$url" "$header" "$WORK/$api.toml" --include-method DELETE
done
run_st ringg "$RINGG_BASE_URL" "X-API-KEY: $RINGG_API_KEY" "$WORK/ringg.toml" \
  --include-operation-id regenerate_api_key

# ---------------------------------------------------------------- 2. Prism
start_sim prism
"$BIN/examples/conformance_seed" >"$WORK/seed-prism.json"
prism_proxy() { # api upstream -> sets PRISM_URL
  local port; port=$(free_port)
  "$PRISM" proxy "spec/$1.yaml" "$2" --port "$port" --host 127.0.0.1 --errors >"$WORK/prism-$1.log" 2>&1 &
  PIDS+=($!)
  wait_port "$port"
  PRISM_URL="http://127.0.0.1:$port"
}
prism_proxy ringg "$RINGG_BASE_URL"; RINGG_PRISM=$PRISM_URL
prism_proxy ringyo "$RINGYO_BASE_URL"; RINGYO_PRISM=$PRISM_URL
echo "== prism: the voiceai CLI walks both APIs through the validating proxies"
RINGG_BASE_URL=$RINGG_PRISM RINGYO_BASE_URL=$RINGYO_PRISM \
  python3 conformance/walk.py "$BIN/voiceai" "$WORK/seed-prism.json"
# Every refusal Prism logs (a request or an answer the spec does not allow), but the known
# limitation walk.py names (create_knowledge_base's multipart array field).
if grep -h '✖' "$WORK/prism-ringg.log" "$WORK/prism-ringyo.log" \
    | grep -v 'post /external/kb ✖  error     Request terminated with error: https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY' \
    >"$WORK/violations.txt"; then
  cat "$WORK/violations.txt"
  echo "prism saw requests or answers that the specs do not allow" >&2
  exit 1
fi
echo "conformance: zero findings"
