#!/usr/bin/env bash
# What the store costs a request: wrk sends the cheapest authenticated
# request (POST /api/v1/compress with the JSON body `{}`: key lookup,
# rate-limit count, 400 missing_source; before session 49 it had no body)
# to a local server for a few seconds, and this prints the throughput, the
# latency and the server process's CPU time.
#
#   bash scripts/bench-store.sh [--database-url URL] [--connections 8] [--seconds 8]
#                               [--tls] [--close] [--h2 [--streams 8]]
#                               [--bin PATH (default: this checkout's release build)]
#
# --tls serves HTTPS with a self-signed certificate (made by openssl);
# --close sends `Connection: close`, so every request opens a connection
# (and, with --tls, makes a full handshake). --h2 (implies --tls) sends the
# requests over HTTP/2 with h2load (nghttp2-client, Debian) instead of
# wrk: --connections connections, each with --streams requests in flight.
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
h2=false
streams=8
while [ $# -gt 0 ]; do
    case "$1" in
        --database-url) store_args=(--database-url "$2"); shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --bin) bin=$2; shift 2 ;;
        --tls) tls=true; shift ;;
        --close) close=true; shift ;;
        --h2) h2=true; tls=true; shift ;;
        --streams) streams=$2; shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
# The load tool this run uses (command:Debian package).
tool=wrk:wrk
$h2 && tool=h2load:nghttp2-client
if ! command -v "${tool%%:*}" >/dev/null; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${tool#*:}" >/dev/null
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
wrk.headers["Content-Type"] = "application/json"
wrk.body = "{}"
LUA
printf '{}' >"$work/body.json"
if $close; then
    echo 'wrk.headers["Connection"] = "close"' >>"$work/post.lua"
fi
server_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
before=$(server_ticks)
if $h2; then
    # h2load's log: start, status, microseconds per request.
    threads=$((connections < 2 ? connections : 2))
    h2load -c"$connections" -m"$streams" -D"$seconds" -t"$threads" \
        -H "authorization: Bearer $key" -H "content-type: application/json" \
        -d "$work/body.json" --log-file "$work/h2.log" \
        "https://127.0.0.1:$port/api/v1/compress" | grep -E '^finished in|^requests:|^status codes:'
    python3 - "$work/h2.log" <<'PY'
import sys
times = sorted(int(line.split()[2]) for line in open(sys.argv[1]))
pick = lambda q: times[min(len(times) - 1, int(q * len(times)))] / 1000
print(f"Latency 50% {pick(0.5):.2f}ms  99% {pick(0.99):.2f}ms  max {times[-1] / 1000:.2f}ms")
PY
    echo "server process CPU $(( ($(server_ticks) - before) * 1000 / $(getconf CLK_TCK) )) ms"
    exit 0
fi
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/post.lua" \
    "$scheme://127.0.0.1:$port/api/v1/compress" |
    grep -E 'Latency|Requests/sec|50%|99%|Non-2xx'
echo "server process CPU $(( ($(server_ticks) - before) * 1000 / $(getconf CLK_TCK) )) ms"
