#!/usr/bin/env bash
# Imports outflow.csv (a small test file in ILOSTAT's layout) into a fresh lmip, serves it, and reads it
# with the Python SDMX clients (see check.py), structures and data, value by value; then checks the
# machine API's OpenAPI document against the OpenAPI 3.1 schema (openapi-spec-validator).
# The clients live in a virtual environment made once per requirements file (PyPI), outside the clone.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../common.sh
. "$here/../common.sh"
venv=$(venv_for sdmx-clients "$here/requirements.txt" "${LMIP_CONFORMANCE_VENV:-}")
bin=$(lmip_bin "$root")
# Under /var/tmp, not /tmp: a run once lost its data folder under /tmp while the server started.
data=$(mktemp -d "${TMPDIR:-/var/tmp}/lmip-conformance.XXXXXX")
out="$data/serve.out"
imported="$here/outflow.csv"
"$bin" --data-dir "$data" --log warn migrate >/dev/null
"$bin" --data-dir "$data" --log warn import ilostat-csv "$imported"
# An operator's own table (lmip import sdmx-structure): the clients must read it too.
"$bin" --data-dir "$data" --log warn import sdmx-structure "$here/operator-structure.xml" >/dev/null
"$bin" --data-dir "$data" --log warn serve --listen 127.0.0.1:0 >"$out" 2>"$data/serve.err" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^lmip listening on \(http:[^ ]*\).*/\1/p' "$out" | head -1)
  [ -n "$url" ] && break
  if ! kill -0 "$pid" 2>/dev/null; then cat "$data/serve.err" >&2; exit 1; fi
  sleep 0.2
done
[ -n "$url" ] || { echo "lmip did not start" >&2; cat "$data/serve.err" >&2; exit 1; }
"$venv/bin/python" "$here/check.py" "$url/sdmx/2.1" "$imported"
# The OpenAPI document the server publishes, checked against the OpenAPI 3.1 schema.
"$venv/bin/python" -c 'import sys, urllib.request; open(sys.argv[2], "wb").write(urllib.request.urlopen(sys.argv[1]).read())' \
  "$url/api/v1/openapi.json" "$data/openapi.json"
# (as a module: the venv is built under another name, so its console scripts name the wrong python)
"$venv/bin/python" -m openapi_spec_validator "$data/openapi.json"
