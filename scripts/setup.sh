#!/usr/bin/env bash
# Installs the system packages the build needs. Idempotent.
# - nasm: SIMD assembly for mozjpeg (libjpeg-turbo), libaom and rav1d.
#   Without it they still build, silently ~2x slower.
# - cmake: builds libaom (the AVIF encoder) from the source that the
#   libaom-sys crate carries.
# With --test, also what the test suite runs beside the build:
# - postgresql: a throwaway server (scripts/postgres.sh) for the PostgreSQL
#   store's tests. The embedded defaults need no database server.
set -euo pipefail

need=()
command -v nasm >/dev/null 2>&1 || need+=(nasm)
command -v cmake >/dev/null 2>&1 || need+=(cmake)
if [ "${1:-}" = "--test" ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
fi

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
