#!/usr/bin/env bash
# The compile cost a user pays: in one run, the clean build time of this crate alone (its
# dependencies already built; build script included) next to the `http` crate's, in the dev and
# release profiles, plus the size of the code build.rs generates. Medians of RUNS (default 5)
# alternating builds, so both see the same machine load.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}

now() { date +%s.%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for profile in dev release; do
    flags=()
    [ "$profile" = release ] && flags=(--release)
    cargo build --quiet --lib "${flags[@]}"   # dependencies, once
    ours=() theirs=()
    for _ in $(seq "$runs"); do
        cargo clean --quiet -p identity-errors "${flags[@]}"
        start=$(now); cargo build --quiet --lib "${flags[@]}"; ours+=("$(echo "$(now) - $start" | bc)")
        cargo clean --quiet -p http "${flags[@]}"
        start=$(now); cargo build --quiet -p http "${flags[@]}"; theirs+=("$(echo "$(now) - $start" | bc)")
    done
    a=$(printf '%s\n' "${ours[@]}" | median)
    b=$(printf '%s\n' "${theirs[@]}" | median)
    printf '%-8s identity-errors %6.2f s   http %6.2f s   ratio %.2f   (median of %s)\n' \
        "$profile" "$a" "$b" "$(echo "$a / $b" | bc -l)" "$runs"
done

dir=$(dirname "$(ls -t target/release/build/identity-errors-*/out/okta_error_code.rs | head -n 1)")
printf 'generated code: %s bytes in %s files (%s lines)\n' \
    "$(cat "$dir"/*.rs | wc -c)" "$(ls "$dir"/*.rs | wc -l)" "$(cat "$dir"/*.rs | wc -l)"
