#!/usr/bin/env bash
# Screenshots of the demo's corridor pages (and the route index, a search and the complaint pages) at 360 px wide, as a
# small phone shows them, with Debian's headless Chromium. Usage: docs/screenshots/take.sh [LMIP_BIN]
# Needs: chromium and fonts-noto-core (apt-get install chromium fonts-noto-core).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${1:-$root/target/debug/lmip}"
data=$(mktemp -d "${TMPDIR:-/var/tmp}/lmip-shots.XXXXXX")
"$bin" --data-dir "$data" --log warn serve --demo --listen 127.0.0.1:0 >"$data/out" 2>"$data/err" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
url=""
for _ in $(seq 1 150); do
  url=$(sed -n 's/^lmip listening on \(http:[^ ]*\).*/\1/p' "$data/out" | head -1)
  [ -n "$url" ] && break
  sleep 0.2
done
[ -n "$url" ] || { cat "$data/err" >&2; exit 1; }
shot() { # name path height
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size=360,"$3" --screenshot="$here/$1.png" "$url$2" >/dev/null 2>&1
  echo "$1.png  $2"
}
shot corridors-en-360 /en/corridors 740
shot corridor-kh-th-en-360 /en/corridors/kh-th 2600
shot corridor-kh-th-km-360 /km/corridors/kh-th 2600
shot corridor-mm-th-my-360 /my/corridors/mm-th 1600
shot corridor-la-th-lo-360 /lo/corridors/la-th 1600
shot corridor-id-my-id-360 /id/corridors/id-my 1400
shot corridor-ph-sa-fil-360 /fil/corridors/ph-sa 1400
shot corridor-vn-kr-vi-360 /vi/corridors/vn-kr 1400
shot corridor-tl-au-tet-360 /tet/corridors/tl-au 1400
shot search-en-360 "/en/search?q=passport" 1200
shot complaint-en-360 /en/complaints/new 3000
shot complaint-km-360 /km/complaints/new 3200
shot complaint-my-360 /my/complaints/new 3400
shot case-status-en-360 /en/case-status 900
