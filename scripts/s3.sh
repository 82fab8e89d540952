#!/usr/bin/env bash
# A throwaway S3-compatible server for the test suite, on 127.0.0.1 only:
# moto's server (PyPI: moto[server], installed here into DIR when missing),
# with one bucket, `compressorize-test`.
#
#   eval "$(bash scripts/s3.sh start DIR)"   # prints export COMPRESSORIZE_TEST_S3_ENDPOINT=...
#   bash scripts/s3.sh stop DIR
set -euo pipefail

action=${1:?usage: s3.sh start|stop DIR}
dir=${2:?usage: s3.sh start|stop DIR}
bucket=compressorize-test

case "$action" in
  start)
    mkdir -p "$dir"
    server=$(command -v moto_server || true)
    if [ -z "$server" ]; then
      python3 -m venv "$dir/venv" >/dev/null
      "$dir/venv/bin/pip" install -q 'moto[server]==5.*' >"$dir/pip.log" 2>&1 ||
        { cat "$dir/pip.log" >&2; exit 1; }
      server="$dir/venv/bin/moto_server"
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "$server" -H 127.0.0.1 -p "$port" >"$dir/server.log" 2>&1 &
    echo $! >"$dir/pid"
    endpoint="http://127.0.0.1:$port"
    for _ in $(seq 100); do
      curl -sf -o /dev/null "$endpoint/moto-api/" && break
      sleep 0.1
    done
    curl -sf -X PUT "$endpoint/$bucket" -o /dev/null ||
      { echo "s3.sh: the S3 server did not start" >&2; cat "$dir/server.log" >&2; exit 1; }
    echo "export COMPRESSORIZE_TEST_S3_ENDPOINT=$endpoint COMPRESSORIZE_TEST_S3_BUCKET=$bucket"
    ;;
  stop)
    if [ -f "$dir/pid" ]; then
      kill "$(cat "$dir/pid")" 2>/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: s3.sh start|stop DIR" >&2
    exit 2
    ;;
esac
