#!/usr/bin/env bash
# Smart quality vs fixed quality vs sharp, judged by SSIMULACRA2.
# Installs the peer (sharp, npm) and the judge (ssimulacra2_rs, cargo) when
# missing, then runs the compare runner; its table goes to stdout and, with
# --out docs/BENCHMARKS-table.md, to a file. Extra arguments go to the runner
# (--limit N for a quick run, --target T for another smart target).
# `--animation` runs the animation runner instead (benches/src/bin/animation.rs:
# the corpus's animated WebPs and APNG as animated WebP, ours and sharp's).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
if ! command -v node >/dev/null; then
    echo "node is required for the sharp peer (apt-get install nodejs npm)" >&2
    exit 1
fi
(cd benches/peers && npm install --no-audit --no-fund --silent)
if ! [ -x "${CARGO_HOME:-$HOME/.cargo}/bin/ssimulacra2_rs" ]; then
    # Without the default `video` feature it needs no VapourSynth.
    cargo install ssimulacra2_rs --version 0.5.2 --locked --no-default-features
fi
if [ "${1:-}" = --animation ]; then
    exec cargo run --release -p compressorize-benches --bin animation
fi
cargo run --release -p compressorize-benches --bin compare -- "$@"
