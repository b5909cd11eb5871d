#!/usr/bin/env bash
# Installs what is missing, builds (Release) and runs the yearly bulk issue on the samples
# into out/ (removed first, so that the run starts clean).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
rm -rf out
build/kokuho annual certificates --snapshot samples/snapshot.csv --as-of 2026-07-10 --out out
