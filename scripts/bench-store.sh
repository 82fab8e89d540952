#!/usr/bin/env bash
# What the store costs a request: wrk sends the cheapest authenticated
# request (POST /api/v1/compress with no body: key lookup, rate-limit
# count, 400 missing_source) to a local server for a few seconds, and this
# prints the throughput, the latency and the server process's CPU time.
#
#   bash scripts/bench-store.sh [--database-url URL] [--connections 8] [--seconds 8]
#                               [--tls] [--close]
#                               [--bin PATH (default: this checkout's release build)]
#
# --tls serves HTTPS with a self-signed certificate (made by openssl);
# --close sends `Connection: close`, so every request opens a connection
# (and, with --tls, makes a full handshake).
#
# Default store: SQLite in a fresh data directory. Traffic goes to
# 127.0.0.1 only. Installs wrk (Debian) when it is missing. Compare
# configurations one after the other in the same session.
set -euo pipefail
cd "$(dirname "$0")/.."

store_args=()
connections=8
seconds=8
bin=
tls=false
close=false
while [ $# -gt 0 ]; do
    case "$1" in
        --database-url) store_args=(--database-url "$2"); shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --bin) bin=$2; shift 2 ;;
        --tls) tls=true; shift ;;
        --close) close=true; shift ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
if ! command -v wrk >/dev/null; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi
if [ -z "$bin" ]; then
    cargo build --release -p compressorize-server
    bin=target/release/compressorize
fi

work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
scheme=http
tls_args=()
if $tls; then
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 \
        -subj /CN=127.0.0.1 -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
    tls_args=(--tls-cert "$work/cert.pem" --tls-key "$work/key.pem")
    scheme=https
fi
key=$("$bin" keys create --data-dir "$work/data" "${store_args[@]}" --plan paid --json |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["key"])')
"$bin" serve --data-dir "$work/data" "${store_args[@]}" --listen "127.0.0.1:$port" \
    --paid-rpm 1000000000 --log-level error "${tls_args[@]}" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do
    curl -sfk -o /dev/null "$scheme://127.0.0.1:$port/healthz" && break
    sleep 0.1
done
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $key"
LUA
if $close; then
    echo 'wrk.headers["Connection"] = "close"' >>"$work/post.lua"
fi
server_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
before=$(server_ticks)
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/post.lua" \
    "$scheme://127.0.0.1:$port/api/v1/compress" |
    grep -E 'Latency|Requests/sec|50%|99%|Non-2xx'
echo "server process CPU $(( ($(server_ticks) - before) * 1000 / $(getconf CLK_TCK) )) ms"
