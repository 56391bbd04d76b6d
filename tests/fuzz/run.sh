#!/usr/bin/env bash
# Builds the fuzz targets in the sanitizer tree (build-sanitize, the same tree the sanitizer test
# suite runs from) and runs every target for a while on a copy of its kept corpus, so a run never
# changes what is committed. Prints executions, exec/s and coverage per target; fails, naming the
# input that crashed, if any target finds a crash, a hang or a broken property.
#   tests/fuzz/run.sh [seconds per target, default 20] [--update-corpus] [target...]
# --update-corpus merges what the run found (only inputs that add coverage) into corpus/<target>/.
# BALCONY_FUZZ_JOBS sets the build's parallel jobs, and how many targets fuzz side by side (each
# libFuzzer run is one thread; default: every core). Each target gets its full seconds either way.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=20
update=0
targets=()
for arg in "$@"; do
  case "$arg" in
    --update-corpus) update=1 ;;
    ''|*[!0-9]*) targets+=("$arg") ;;
    *) seconds=$arg ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(http_request wire_decode websocket_frames ws_frame_reader export_writers room_summary)

say() { printf '\033[1mfuzz:\033[0m %s\n' "$*"; }

started=$SECONDS
jobs=${BALCONY_FUZZ_JOBS:-$(nproc)}
say "configuring and building the fuzz targets (sanitize preset: clang 14, libFuzzer, ASan, UBSan)"
mkdir -p build-sanitize
if ! { cmake --preset sanitize && cmake --build --preset fuzz -j "$jobs"; } >build-sanitize/fuzz-build.log 2>&1; then
  tail -40 build-sanitize/fuzz-build.log
  say "the fuzz build failed (whole log: build-sanitize/fuzz-build.log)"
  exit 1
fi
say "built in $((SECONDS - started)) s"

export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"

runs=build-sanitize/fuzz-runs
mkdir -p "$runs"

# One target's run, in the background: its exit status goes to $runs/<target>/status.
fuzz_one() {
  local t=$1 bin=build-sanitize/tests/fuzz/fuzz_$1 kept=tests/fuzz/corpus/$1 work=$runs/$1 status=0
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp "$kept"/* "$work/corpus/"
  "$bin" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/log" 2>&1 || status=$?
  echo "$status" >"$work/status"
}

# Side by side, at most $jobs at a time; the table below is printed in the targets' order.
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  fuzz_one "$t" &
  running=$((running + 1))
done
wait || true

failed=()
printf '%-18s %12s %8s %8s %8s  %s\n' target executions exec/s cov corpus result
for t in "${targets[@]}"; do
  kept=tests/fuzz/corpus/$t
  work=$runs/$t
  status=$(cat "$work/status" 2>/dev/null || echo 1)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log")
  cov=$(grep -aoE 'cov: [0-9]+' "$work/log" | tail -1 | cut -d' ' -f2)
  files=$(find "$work/corpus" -type f | wc -l)
  result=ok
  if [ "$status" -ne 0 ]; then
    crash=$(grep -aoE "Test unit written to [^ ]+" "$work/log" | tail -1 | sed 's/Test unit written to //')
    result="FAILED (exit $status): ${crash:-no input saved}; log: $work/log"
    failed+=("$t")
  fi
  printf '%-18s %12s %8s %8s %8s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$files" "$result"
  if [ "$status" -ne 0 ]; then
    grep -aE "ERROR:|SUMMARY:|property violated|websocket_frames:|^    #[0-9]+ .* in (balcony|\(anonymous)" \
      "$work/log" | head -20 | sed 's/^/    /'
  elif [ "$update" -eq 1 ]; then
    "build-sanitize/tests/fuzz/fuzz_$t" -merge=1 -max_len=16384 "$kept" "$work/corpus" >"$work/merge.log" 2>&1
    say "$t: kept corpus now $(find "$kept" -type f | wc -l) files, $(du -sk "$kept" | cut -f1) KB"
  fi
done

say "done in $((SECONDS - started)) s"
if [ ${#failed[@]} -gt 0 ]; then
  say "failed: ${failed[*]} (reproduce: build-sanitize/tests/fuzz/fuzz_<target> <input>)"
  exit 1
fi
