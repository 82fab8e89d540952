#!/usr/bin/env bash
# The whole test suite: what the README gives and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
test -f ../shared/corpus/MANIFEST.tsv || {
  echo "test corpus missing: expected ../shared/corpus beside the repository" >&2
  exit 1
}
# A PostgreSQL server and an S3-compatible server on 127.0.0.1 for the
# scale-out back-ends' tests (each test makes a database or a key prefix of
# its own); stopped and removed on exit.
pg_dir=$(mktemp -d /tmp/compressorize-pg.XXXXXX)
s3_dir=$(mktemp -d /tmp/compressorize-s3.XXXXXX)
trap 'bash scripts/postgres.sh stop "$pg_dir"; bash scripts/s3.sh stop "$s3_dir"' EXIT
eval "$(bash scripts/postgres.sh start "$pg_dir")"
eval "$(bash scripts/s3.sh start "$s3_dir")"
export COMPRESSORIZE_REQUIRE_POSTGRES=1 COMPRESSORIZE_REQUIRE_S3=1
cargo test --workspace --all-targets "$@"
# The API suite once more with every server on PostgreSQL instead of SQLite.
# --workspace keeps the first run's features, so the test binary is reused
# (with -p alone, cargo rebuilt the core and the server: 2 min 10 s in CI).
COMPRESSORIZE_TEST_STORE=postgres cargo test --workspace --test api "$@"
cargo test --workspace --doc
# The permissive build (README: the `ssimulacra2` feature): the server built
# that way has no AGPL dependency (dssim-core is the only one), and smart
# quality works end to end without DSSIM compiled in.
permissive_deps=$(cargo tree -p compressorize-server --no-default-features \
  --features ssimulacra2 -e normal,build --prefix none)
if grep -q '^dssim-core ' <<<"$permissive_deps"; then
  echo "the ssimulacra2 build of the server still depends on dssim-core (AGPL)" >&2
  exit 1
fi
cargo test -p compressorize-core --no-default-features --features ssimulacra2 --test smart
