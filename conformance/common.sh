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
