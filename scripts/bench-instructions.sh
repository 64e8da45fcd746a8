#!/usr/bin/env bash
# The instructions each case of `benches/bodies.rs` executes per iteration (a pass over every
# fixture body of a vendor, or one body written), counted by callgrind, with the ratio of the
# crate to each derived-struct baseline. Unlike `cargo bench`'s times, the counts do not move
# with the machine's load. BENCHMARKS.md reports these.
#
# Each case runs twice, for 1,000 and 2,000 iterations; the difference is 1,000 iterations with
# the benchmark binary's own start-up taken out. Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind > /dev/null || { echo "error: valgrind is needed" >&2; exit 1; }
export LC_ALL=C

bench=$(cargo bench --quiet --bench bodies --no-run --message-format=json |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)
[ -x "$bench" ] || { echo "error: no benchmark binary for benches/bodies.rs" >&2; exit 1; }

# Instructions the case $1 executes in $2 iterations, start-up included.
run() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" --bench --exact \
        "bodies::$1" --sample-count 1 --sample-size "$2" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
# Instructions per iteration of the case $1.
per_iteration() {
    local one two
    one=$(run "$1" 1000)
    two=$(run "$1" 2000)
    awk -v a="$one" -v b="$two" 'BEGIN { printf "%.0f", (b - a) / 1000 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "Instructions per iteration (callgrind; crate / derived struct: read with from_slice, and"
echo "checked as UTF-8 once then read with from_str, as the crate reads):"
printf '%-16s %10s %10s %10s %8s %8s\n' 'body type' crate derived 'derived,' crate/ crate/
printf '%-16s %10s %10s %10s %8s %8s\n' '' '' '' from_str derived from_str
for vendor in okta oauth identity_cloud lusid; do
    crate=$(per_iteration "parse::${vendor}_crate")
    derive=$(per_iteration "parse::${vendor}_derive")
    derive_str=$(per_iteration "parse::${vendor}_derive_str")
    printf '%-16s %10s %10s %10s %8s %8s\n' "$vendor" "$crate" "$derive" "$derive_str" \
        "$(ratio "$crate" "$derive")" "$(ratio "$crate" "$derive_str")"
done
crate=$(per_iteration serialize::okta_body_crate)
derive=$(per_iteration serialize::okta_body_derive)
printf '%-16s %10s %10s %10s %8s %8s\n' 'write okta' "$crate" "$derive" - \
    "$(ratio "$crate" "$derive")" -
