#!/usr/bin/env bash
# Runs every fuzz target for RUNS executions (default 1,000,000) or SECONDS (default 600),
# whichever comes first, starting from the seeds in fuzz/seeds/. cargo-fuzz needs nightly
# features; RUSTC_BOOTSTRAP=1 lets a stable toolchain provide them.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-1000000}
seconds=${SECONDS_PER_TARGET:-600}
failed=0
for target in $(RUSTC_BOOTSTRAP=1 cargo fuzz list); do
    mkdir -p "fuzz/corpus/$target"
    echo "== $target"
    log=$(mktemp)
    if ! RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
        -runs="$runs" -max_total_time="$seconds" -print_final_stats=1 > "$log" 2>&1; then
        failed=1
        tail -n 40 "$log"   # the crash, and the artifact cargo-fuzz saved for it
    fi
    grep -E '^(Done|stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb))' "$log" || true
    rm -f "$log"
done
exit "$failed"
