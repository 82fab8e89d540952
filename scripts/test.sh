#!/usr/bin/env bash
# The whole test suite: what the README gives and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
test -f ../shared/corpus/MANIFEST.tsv || {
  echo "test corpus missing: expected ../shared/corpus beside the repository" >&2
  exit 1
}
cargo test --workspace --all-targets "$@"
cargo test --workspace --doc
# The permissive metric (README: the `ssimulacra2` feature), end to end.
# Named from the workspace, so the dependencies keep the features the run
# above built them with and only the core and its test are built again.
cargo test --workspace --features compressorize-core/ssimulacra2 --test smart
