# Shared by the conformance scripts (sourced): a Python virtual environment made once per
# requirements file (from PyPI), outside the clone, and the lmip binary to check.

# venv_for NAME REQUIREMENTS [OVERRIDE]: prints the environment's folder, creating it first when needed.
venv_for() {
  local name="$1" req="$2" override="${3:-}"
  local venv="${override:-/var/tmp/lmip-$name-$(sha256sum "$req" | cut -c1-12)}"
  if [ ! -x "$venv/bin/python" ]; then
    echo "creating $venv (from PyPI: $(grep -v '^#' "$req" | tr '\n' ' '))" >&2
    rm -rf "$venv.tmp"
    python3 -m venv "$venv.tmp"
    "$venv.tmp/bin/pip" install -q --disable-pip-version-check -r "$req" >&2
    mv "$venv.tmp" "$venv"
  fi
  echo "$venv"
}

# lmip_bin ROOT: the binary CI's test run built (LMIP_BIN), or a fresh debug build.
lmip_bin() {
  if [ -n "${LMIP_BIN:-}" ]; then
    echo "$LMIP_BIN"
  else
    (cd "$1" && cargo build --locked -q -p lmip)
    echo "${CARGO_TARGET_DIR:-$1/target}/debug/lmip"
  fi
}

# start_lmip BIN DATA [serve options...]: starts `lmip serve` on a free port with DATA as its data
# folder, sets LMIP_PID and LMIP_URL, and returns once it listens (non-zero if it did not start).
start_lmip() {
  local bin="$1" data="$2"; shift 2
  "$bin" --data-dir "$data" --log warn serve --listen 127.0.0.1:0 "$@" >"$data/serve.out" 2>"$data/serve.err" &
  LMIP_PID=$!
  LMIP_URL=""
  for _ in $(seq 1 150); do
    LMIP_URL=$(sed -n 's/^lmip listening on \(http:[^ ]*\).*/\1/p' "$data/serve.out" | head -1)
    [ -n "$LMIP_URL" ] && return 0
    if ! kill -0 "$LMIP_PID" 2>/dev/null; then cat "$data/serve.err" >&2; return 1; fi
    sleep 0.2
  done
  echo "lmip did not start" >&2; cat "$data/serve.err" >&2; return 1
}
