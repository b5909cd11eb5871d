#!/usr/bin/env bash
# Builds the fuzz targets with clang's libFuzzer (ASan + UBSan) and runs each for SECONDS
# (600 by default), one after another. New inputs go to WORK/<target>/ (not the committed
# corpus); a crash is written to WORK/<target>-crash-* and ends the script with status 1.
#   scripts/fuzz.sh [SECONDS] [WORK] [TARGET...]
set -euo pipefail
seconds=${1:-600}
work=${2:-build-fuzz/work}
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(snapshot config layout template record_layout font)

root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/scripts/setup.sh" --fuzz
build="$root/build-fuzz"
CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKOKUHO_FUZZ=ON >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null

mkdir -p "$work"
status=0
for t in "${targets[@]}"; do
  mkdir -p "$work/$t"
  log="$work/$t.log"
  if "$build/tests/fuzz/fuzz_$t" "$work/$t" "$root/tests/fuzz/corpus/$t" \
      -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$work/$t-" >"$log" 2>&1; then
    result=ok
  else
    result="FAILED (see $log)"
    status=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  echo "$t: ${runs:-?} executions in ${seconds} s: $result"
done
exit $status
