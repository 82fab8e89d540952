#!/usr/bin/env bash
# Load run against a local server: starts `compressorize serve` on loopback
# with a fresh data directory and a paid key, sends every image of a corpus
# set once per output format, CLIENTS requests at a time, and prints the
# throughput, latency, the server's CPU time and its peak memory (VmHWM).
#
#   bash scripts/bench-load.sh [--set photos|graphics|DIR] [--formats "jpeg webp avif"]
#                              [--clients 4] [--bin PATH (default: this checkout's release build)]
#                              [--quality smart|1-100] [--database-url URL] [--blob-url URL]
#
# --database-url and --blob-url run the server on PostgreSQL and S3 (give the
# S3 client's AWS_* variables in the environment); the default is the
# embedded SQLite file and local directory in a fresh data directory.
#
# Extra environment (LD_PRELOAD, COMPRESSORIZE_WORKERS, ...) passes through to
# the server. Traffic goes to 127.0.0.1 only. Compare binaries by running
# them one after the other in the same session: the machine's speed varies
# from run to run.
set -euo pipefail
cd "$(dirname "$0")/.."

set_dir=../shared/corpus/photos
formats="jpeg webp avif"
clients=4
bin=
quality=smart
store_args=()
blob_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --set) case "$2" in
                   photos|graphics) set_dir=../shared/corpus/$2 ;;
                   *) set_dir=$2 ;;
               esac; shift 2 ;;
        --formats) formats=$2; shift 2 ;;
        --clients) clients=$2; shift 2 ;;
        --bin) bin=$2; shift 2 ;;
        --quality) quality=$2; shift 2 ;;
        --database-url) store_args=(--database-url "$2"); shift 2 ;;
        --blob-url) blob_args=(--blob-url "$2"); shift 2 ;;
        *) echo "unknown argument $1" >&2; exit 2 ;;
    esac
done
[ -d "$set_dir" ] || { echo "no corpus set at $set_dir (../shared/corpus is missing?)" >&2; exit 1; }
if [ -z "$bin" ]; then
    # This checkout's binary, rebuilt when its sources changed.
    cargo build --release -p compressorize-server
    bin=target/release/compressorize
fi

work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
key=$("$bin" keys create --data-dir "$work/data" "${store_args[@]}" --plan paid --json |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["key"])')
# Everything on the sync path, no rate limit in the way, room to queue.
"$bin" serve --data-dir "$work/data" "${store_args[@]}" "${blob_args[@]}" --listen "127.0.0.1:$port" \
    --async-threshold 1000000000 --paid-rpm 1000000 --queue-depth 1024 \
    --log-level error &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
healthy=
for _ in $(seq 100); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; then healthy=1; break; fi
    kill -0 $server 2>/dev/null || break
    sleep 0.1
done
[ -n "$healthy" ] || { echo "the server did not start (no 200 from /healthz)" >&2; exit 1; }

for format in $formats; do
    for image in "$set_dir"/*; do
        printf '%s\t%s\n' "$format" "$image"
    done
done >"$work/requests"
# The server's CPU time (user + system, clock ticks) is read before and
# after: less noisy than the wall time, which one long request can hold up.
server_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
ticks_before=$(server_ticks)
start=$(date +%s.%N)
# One line per request: status, bytes, seconds. xargs appends each
# request's format and image after the key, the port and the quality.
tr '\t' '\n' <"$work/requests" | xargs -d '\n' -n 2 -P "$clients" sh -c '
    curl -s -o /dev/null -w "%{http_code} %{size_download} %{time_total}\n" \
        -H "Authorization: Bearer $1" -F "quality=$3" -F "format=$4" -F "file=@$5" \
        "http://127.0.0.1:$2/api/v1/compress"' _ "$key" "$port" "$quality" \
    >"$work/results" || true
end=$(date +%s.%N)
peak=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
cpu_ticks=$(($(server_ticks) - ticks_before))

python3 - "$work/results" "$start" "$end" "$peak" "$clients" "$cpu_ticks" "$(getconf CLK_TCK)" <<'EOF'
import collections, statistics, sys
path, start, end, peak_kb, clients, cpu_ticks, ticks_per_s = sys.argv[1:]
rows = [line.split() for line in open(path) if line.strip()]
wall = float(end) - float(start)
codes = collections.Counter(r[0] for r in rows)
times = sorted(float(r[2]) for r in rows)
ok_bytes = sum(int(r[1]) for r in rows if r[0] == "200")
def pct(p):
    return times[min(len(times) - 1, int(p * len(times)))]
print(f"requests {len(rows)} ({', '.join(f'{n}x {c}' for c, n in sorted(codes.items()))}), "
      f"{clients} at a time")
print(f"wall {wall:.1f} s, {len(rows) / wall:.2f} requests/s; "
      f"server CPU {int(cpu_ticks) / int(ticks_per_s):.1f} s")
print(f"latency median {statistics.median(times):.2f} s, p95 {pct(0.95):.2f} s, max {times[-1]:.2f} s")
print(f"server peak memory {int(peak_kb) / 1024:.0f} MB; response bytes (200s) {ok_bytes:,}")
EOF
