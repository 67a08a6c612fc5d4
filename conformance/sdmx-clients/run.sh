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
imported="$here/outflow.csv"
"$bin" --data-dir "$data" --log warn migrate >/dev/null
"$bin" --data-dir "$data" --log warn import ilostat-csv "$imported"
# An operator's own table (lmip import sdmx-structure): the clients must read it too.
"$bin" --data-dir "$data" --log warn import sdmx-structure "$here/operator-structure.xml" >/dev/null
trap 'kill "${LMIP_PID:-}" 2>/dev/null || true; wait "${LMIP_PID:-}" 2>/dev/null || true; rm -rf "$data"' EXIT
start_lmip "$bin" "$data"
url="$LMIP_URL"
"$venv/bin/python" "$here/check.py" "$url/sdmx/2.1" "$imported"
# The OpenAPI document the server publishes, checked against the OpenAPI 3.1 schema.
"$venv/bin/python" -c 'import sys, urllib.request; open(sys.argv[2], "wb").write(urllib.request.urlopen(sys.argv[1]).read())' \
  "$url/api/v1/openapi.json" "$data/openapi.json"
# (as a module: the venv is built under another name, so its console scripts name the wrong python)
"$venv/bin/python" -m openapi_spec_validator "$data/openapi.json"
