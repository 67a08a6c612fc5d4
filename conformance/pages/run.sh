#!/usr/bin/env bash
# The page quality gate: serves the demo and checks every public page type in en, th, km and my
# with Lighthouse, axe-core and the page's task done with JavaScript disabled, in Debian's chromium
# (see check.mjs for what is measured and the thresholds). One line per page; non-zero exit when
# any threshold is missed.
#
# Usage: conformance/pages/run.sh [--docs] [check.mjs options, e.g. --locales en --pages home]
#   --docs   also write the English screenshots to docs/screenshots/pages/ and the figures table
#            to docs/pages.md
# Environment: LMIP_BIN (default: a fresh debug build), LMIP_PAGECHECK_OUT (reports and
# screenshots; default /var/tmp/lmip-pagecheck-out, kept after the run as CI's artefacts).
#
# The browser is Debian's (apt-get install chromium), never a download; lighthouse, axe-core and
# playwright-core come from npm at the versions in package-lock.json, installed once per lockfile
# outside the clone.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../common.sh
. "$here/../common.sh"

docs=()
if [ "${1:-}" = "--docs" ]; then docs=(--docs "$root/docs"); shift; fi

export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROME_PATH" ]; then
  echo "installing Debian's chromium and Noto fonts"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium fonts-noto-core >/dev/null
fi
command -v node >/dev/null || { echo "error: the page quality gate needs Node.js and npm" >&2; exit 2; }

node_dir="/var/tmp/lmip-pagecheck-node-$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -c1-12)"
if [ ! -d "$node_dir/node_modules/lighthouse" ]; then
  echo "installing lighthouse, axe-core and playwright-core from npm into $node_dir"
  rm -rf "$node_dir.tmp" && mkdir -p "$node_dir.tmp"
  cp "$here/package.json" "$here/package-lock.json" "$node_dir.tmp/"
  (cd "$node_dir.tmp" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 \
    npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  rm -rf "$node_dir" && mv "$node_dir.tmp" "$node_dir"
fi
# check.mjs resolves its packages from beside itself: run a copy placed in the installed folder.
cp "$here/check.mjs" "$node_dir/check.mjs"

bin=$(lmip_bin "$root")
data=$(mktemp -d "${TMPDIR:-/var/tmp}/lmip-pages.XXXXXX")
out="${LMIP_PAGECHECK_OUT:-/var/tmp/lmip-pagecheck-out}"
rm -rf "$out" && mkdir -p "$out"
trap 'kill "${LMIP_PID:-}" 2>/dev/null || true; wait "${LMIP_PID:-}" 2>/dev/null || true; rm -rf "$data"' EXIT
start_lmip "$bin" "$data" --demo
url="$LMIP_URL"
node "$node_dir/check.mjs" --base "$url" --out "$out" "${docs[@]}" "$@"
