#!/usr/bin/env bash
# Runs each fuzz target, one at a time, for RUNS executions (default 10,000,000), starting from
# its corpus in fuzz/corpus/ (kept between runs, not committed) and the seeds in fuzz/seeds/, and
# ends with a table of how far each got: executions, executions per second, seconds, corpus size.
#
#   fuzz/run-all.sh                      every target, 10^7 executions each
#   RUNS=100000 fuzz/run-all.sh writers  one target, 10^5 executions
#   MAX_SECONDS=600 fuzz/run-all.sh      also stop each target after 10 minutes (default: none)
#
# One fuzzing process at a time (-jobs/-workers are left at 1): the table's rates are then those
# of one core. The targets are built without a sanitizer and with debug assertions: the crate
# forbids unsafe code, so AddressSanitizer has nothing to find, while overflow checks catch
# arithmetic that would wrap. cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP=1 lets a stable
# toolchain provide them (`cargo install cargo-fuzz` first).
#
# Exits 1 if any target found a crash (its input is saved under fuzz/artifacts/<target>/).
set -euo pipefail
cd "$(dirname "$0")"
runs=${RUNS:-10000000}
max_seconds=${MAX_SECONDS:-0}
build=(--sanitizer none --debug-assertions --release)
export RUSTC_BOOTSTRAP=1
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cargo fuzz list)
fi
cargo fuzz build "${build[@]}"
rows=()
failed=0
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target" "seeds/$target"
    echo "== $target: $runs executions"
    log=$(mktemp)
    start=$(date +%s)
    status=ok
    if ! cargo fuzz run "${build[@]}" "$target" "corpus/$target" "seeds/$target" -- \
        -runs="$runs" -max_total_time="$max_seconds" -print_final_stats=1 >"$log" 2>&1; then
        status=CRASH
        failed=1
        grep -A 3 'panicked at' "$log" | head -n 8 # the panic
        grep -A 2 '^Failing input' "$log"           # the artifact cargo-fuzz saved for it
    fi
    seconds=$(($(date +%s) - start))
    stat() { grep -E "^stat::$1:" "$log" | tail -n 1 | awk '{print $2}'; }
    executions=$(stat number_of_executed_units)
    rate=$(stat average_exec_per_sec)
    corpus=$(find "corpus/$target" -type f | wc -l)
    rows+=("$(printf '%-22s %14s %10s %9s %8s  %s' "$target" "${executions:-?}" "${rate:-?}" \
        "$seconds" "$corpus" "$status")")
    rm -f "$log"
done
echo
printf '%-22s %14s %10s %9s %8s  %s\n' target executions exec/s seconds corpus result
printf '%s\n' "${rows[@]}"
exit "$failed"
