#!/usr/bin/env bash
# Measures lmip's home page against nginx serving the very same bytes pre-compressed (gzip_static),
# alternating runs in one go on loopback, and reports the throughput ratio (target >= 0.8). Also reports
# the page's compressed size, lmip's start-up time and its resident memory at rest.
#
# Usage: bench/home-vs-nginx.sh [ROUNDS] [SECONDS]   (needs: wrk, nginx; `apt-get install wrk nginx-light`)
# Loopback only; every run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
secs=${2:-10}
conns=${CONNS:-64}
lmip_port=18181
nginx_port=18182
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "error: $tool is needed (apt-get install wrk nginx-light curl)" >&2; exit 2; }
done

cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/lmip"
work=$(mktemp -d)
cleanup() {
  [ -n "${lmip_pid:-}" ] && kill "$lmip_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Start-up time: from exec to the "listening" line, with the demo data already loaded (second start).
"$bin" --data-dir "$work/data" demo >/dev/null
t0=$(date +%s%N)
"$bin" --data-dir "$work/data" --log warn serve --listen "127.0.0.1:$lmip_port" > "$work/lmip.out" 2>"$work/lmip.err" &
lmip_pid=$!
until grep -q "listening" "$work/lmip.out" 2>/dev/null; do sleep 0.005; done
t1=$(date +%s%N)
startup_ms=$(( (t1 - t0) / 1000000 ))

url="http://127.0.0.1:$lmip_port/en/"
curl -s -H 'Accept-Encoding: gzip' "$url" -o "$work/index.html.gz"
curl -s "$url" -o "$work/index.html"
gz_bytes=$(stat -c %s "$work/index.html.gz")
br_bytes=$(curl -s -H 'Accept-Encoding: br' "$url" | wc -c)
raw_bytes=$(stat -c %s "$work/index.html")
sleep 1
rss_kb=$(ps -o rss= -p "$lmip_pid" | tr -d ' ')

mkdir -p "$work/www/en"
cp "$work/index.html" "$work/www/en/index.html"
cp "$work/index.html.gz" "$work/www/en/index.html.gz"
# nginx's workers run as an unprivileged user.
chmod 755 "$work"
chmod -R a+rX "$work/www"
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  default_type text/html;
  gzip_static on;
  etag on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { add_header Cache-Control "public, max-age=60"; }
  }
}
CONF
nginx -c "$work/nginx.conf"
sleep 0.5
curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$nginx_port/en/" -o "$work/nginx.gz" \
  || { echo "error: nginx did not serve the page; see $work/nginx-error.log" >&2; cat "$work/nginx-error.log" >&2; exit 1; }
cmp -s "$work/nginx.gz" "$work/index.html.gz" || { echo "error: nginx does not serve the same bytes" >&2; exit 1; }

run() { wrk -t2 -c"$conns" -d"${secs}s" -H 'Accept-Encoding: gzip' "$1" | awk '/Requests\/sec/ {print $2}'; }
lmip_runs=(); nginx_runs=()
for i in $(seq 1 "$rounds"); do
  lmip_runs+=("$(run "$url")")
  nginx_runs+=("$(run "http://127.0.0.1:$nginx_port/en/")")
  echo "round $i: lmip ${lmip_runs[-1]} req/s, nginx ${nginx_runs[-1]} req/s" >&2
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
lm=$(median "${lmip_runs[@]}"); ng=$(median "${nginx_runs[@]}")
ratio=$(awk -v a="$lm" -v b="$ng" 'BEGIN {printf "%.2f", a/b}')

cat <<REPORT
| measure | value |
|---|---|
| home page /en/ | $raw_bytes bytes raw, $gz_bytes gzip, $br_bytes brotli (budget 14,336) |
| lmip, cached page, gzip (median of $rounds × ${secs}s, wrk -t2 -c$conns) | $lm req/s |
| nginx gzip_static, same bytes (same run, alternating) | $ng req/s |
| ratio lmip / nginx | **$ratio** (target ≥ 0.8) |
| start-up to listening (demo data loaded) | $startup_ms ms |
| resident memory at rest | $(( rss_kb / 1024 )) MiB ($rss_kb KiB) |
REPORT
