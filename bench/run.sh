#!/usr/bin/env bash
# Benchmark of the yearly bulk issue (5.1): bench/run.sh [N...]   (default: 10000 100000)
#
# Builds Release, generates a synthetic snapshot of N persons per size into bench/out/, runs
#   build/kokuho annual certificates --snapshot FILE --as-of 2026-07-10 --out bench/out/run-N
#     --db bench/out/history-N.sqlite   (a fresh history store each run)
# BENCH_RUNS times per size and prints the median wall time and the peak RSS.
# Environment: BENCH_SEED (default 1), BENCH_RUNS (default 3), BENCH_SKIP_BUILD=1 to use the
# existing build/kokuho, KOKUHO_ARGS for extra options passed to kokuho (e.g. a config file).
set -euo pipefail

cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
seed=${BENCH_SEED:-1}
runs=${BENCH_RUNS:-3}
as_of=2026-07-10
out=bench/out
read -r -a extra_args <<< "${KOKUHO_ARGS:-}"

for n in "${sizes[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: N must be a positive integer: $n" >&2; exit 2; }
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: BENCH_RUNS must be a positive integer" >&2; exit 2; }

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j2 >/dev/null
fi
[ -x build/kokuho ] || { echo "run.sh: build/kokuho not found" >&2; exit 1; }
mkdir -p "$out"

# measure OUTFILE CMD...: runs CMD, writes "wall_s peak_rss_kb user_s sys_s" to OUTFILE, returns
# CMD's exit status. GNU time when installed (Debian package "time"), else python3.
if [ -x /usr/bin/time ] && /usr/bin/time -f '%e %M %U %S' -o /dev/null true 2>/dev/null; then
  measure() {
    local file=$1; shift
    local rc=0
    /usr/bin/time -f '%e %M %U %S' -o "$file" "$@" || rc=$?
    # on failure GNU time writes "Command exited with non-zero status N" first
    tail -n 1 "$file" > "$file.tmp" && mv "$file.tmp" "$file"
    return $rc
  }
else
  measure() {
    local file=$1; shift
    python3 -c '
import resource, subprocess, sys, time
start = time.monotonic()
rc = subprocess.call(sys.argv[2:])
wall = time.monotonic() - start
use = resource.getrusage(resource.RUSAGE_CHILDREN)  # ru_maxrss in KiB on Linux
with open(sys.argv[1], "w") as f:
    f.write(f"{wall:.2f} {use.ru_maxrss} {use.ru_utime:.2f} {use.ru_stime:.2f}\n")
sys.exit(rc if rc >= 0 else 128 - rc)
' "$file" "$@"
  }
fi

# pages DIR: the pages of every PDF in DIR's manifest.
pages() {
  python3 -c 'import json, sys; print(sum(f.get("pages", 0) for f in json.load(open(sys.argv[1]))["files"]
                                          if f["name"].endswith(".pdf")))' "$1/manifest.json"
}

echo "kokuho benchmark: $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs," \
     "$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //'), seed $seed, $runs runs," \
     "${extra_args[*]:-default jobs}"
printf '%9s %9s %9s %8s %8s %8s %10s %11s %14s %14s %6s %8s\n' persons documents pages median_s min_s max_s \
  docs_per_s pages_per_s pages_per_cpu_s bare_per_cpu_s ratio peak_MiB

for n in "${sizes[@]}"; do
  snapshot=$out/snapshot-$n-s$seed.csv
  if [ ! -s "$snapshot" ]; then
    if ! python3 bench/generate_snapshot.py "$n" --seed "$seed" --as-of "$as_of" \
         > "$snapshot.tmp" 2> "$out/generate-$n.log"; then
      cat "$out/generate-$n.log" >&2
      exit 1
    fi
    mv "$snapshot.tmp" "$snapshot"
  fi
  walls=()
  cpus=()
  peak=0
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$out/run-$n" "$out/history-$n.sqlite"*
    log=$out/run-$n.log
    if ! measure "$out/time-$n-$i" build/kokuho annual certificates --snapshot "$snapshot" \
         --as-of "$as_of" --out "$out/run-$n" --db "$out/history-$n.sqlite" "${extra_args[@]}" \
         > "$log" 2>&1; then
      echo "run.sh: kokuho failed on $snapshot (run $i); last lines of $log:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    read -r wall rss user sys < "$out/time-$n-$i"
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')")
    if ((rss > peak)); then peak=$rss; fi
  done
  documents=$(grep -o -m1 '[0-9]* documents' "$out/run-$n.log" | cut -d' ' -f1)
  page_count=$(pages "$out/run-$n")
  # The yardstick: the bare libharu program draws as many card pages, once.
  rm -rf "$out/bare-$n" && mkdir -p "$out/bare-$n"
  measure "$out/time-bare-$n" build/bench_bare_card "$page_count" "$out/bare-$n" samples/config/seal.png
  read -r _ _ bare_user bare_sys < "$out/time-bare-$n"
  mapfile -t sorted < <(printf '%s\n' "${walls[@]}" | sort -g)
  mapfile -t cpu_sorted < <(printf '%s\n' "${cpus[@]}" | sort -g)
  median=${sorted[$(( (runs - 1) / 2 ))]}
  cpu=${cpu_sorted[$(( (runs - 1) / 2 ))]}
  awk -v n="$n" -v docs="$documents" -v pg="$page_count" -v med="$median" -v lo="${sorted[0]}" \
      -v hi="${sorted[$((runs - 1))]}" -v cpu="$cpu" -v bare="$(awk -v u="$bare_user" -v s="$bare_sys" 'BEGIN { print u + s }')" \
      -v rss="$peak" \
    'BEGIN { per_cpu = (cpu > 0 ? pg / cpu : 0); bare_per_cpu = (bare > 0 ? pg / bare : 0)
             printf "%9d %9d %9d %8.2f %8.2f %8.2f %10.0f %11.0f %14.0f %14.0f %6.2f %8.1f\n", n, docs, pg, med, lo, hi,
                    docs / med, pg / med, per_cpu, bare_per_cpu, (bare_per_cpu > 0 ? per_cpu / bare_per_cpu : 0),
                    rss / 1024 }'
done
