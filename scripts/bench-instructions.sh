#!/usr/bin/env bash
# The instructions each case of `benches/bodies.rs` executes per iteration (a pass over every
# fixture body of the type that parses, or one body written), counted by callgrind, with the
# ratio of the crate to each derived-struct baseline. Unlike `cargo bench`'s times, the counts
# do not move with the machine's load. BENCHMARKS.md reports these.
#
# Each case runs twice, for 1,000 and 2,000 iterations; the difference is 1,000 iterations with
# the benchmark binary's own start-up taken out. HINT=1 builds the crate with the manifest's
# `[hints] mostly-unused` honoured, as compile-instructions.sh explains (its code is then
# generated in the benchmark's crate). Needs valgrind and bash 4.4 or later.
set -euo pipefail
# A command substitution that fails stops the script too (bash 4.4 or later).
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
command -v valgrind > /dev/null || { echo "error: valgrind is needed" >&2; exit 1; }
export LC_ALL=C

hint=()
if [ "${HINT:-0}" = 1 ]; then
    export RUSTC_BOOTSTRAP=1
    hint=(-Zprofile-hint-mostly-unused
        --config 'profile.bench.package.identity-errors.hint-mostly-unused=true')
fi
bench=$(cargo "${hint[@]}" bench --quiet --bench bodies --no-run --message-format=json-render-diagnostics |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)
[ -x "$bench" ] || { echo "error: no benchmark binary for benches/bodies.rs" >&2; exit 1; }

# Instructions the case $1 executes in $2 iterations, start-up included.
run() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bench" --bench --exact \
        "bodies::$1" --sample-count 1 --sample-size "$2" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
# Instructions per iteration of the case $1. A case that does not exist runs nothing, so both
# counts are the start-up alone: that, or no count at all, stops the script.
per_iteration() {
    local one two
    one=$(run "$1" 1000)
    two=$(run "$1" 2000)
    if [ -z "$one" ] || [ -z "$two" ] || [ "$two" -le "$one" ]; then
        echo "error: benchmark bodies::$1 did not run (counts: '$one', '$two')" >&2
        exit 1
    fi
    awk -v a="$one" -v b="$two" 'BEGIN { printf "%.0f", (b - a) / 1000 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "Instructions per iteration (callgrind). Parsing: a pass over the fixture bodies of each type;"
echo "the baseline is a derived struct read with serde_json::from_slice (derived) or checked as"
echo "UTF-8 once then read with from_str (derived_str), as the crate reads. Writing: one Okta body,"
echo "against the derived struct serialized."
row() { printf '%-20s %10s %10s %12s %14s %18s\n' "$@"; }
row case crate derived derived_str crate/derived crate/derived_str
for vendor in okta oauth identity_cloud lusid; do
    crate=$(per_iteration "parse::${vendor}_crate")
    derive=$(per_iteration "parse::${vendor}_derive")
    derive_str=$(per_iteration "parse::${vendor}_derive_str")
    row "parse $vendor" "$crate" "$derive" "$derive_str" \
        "$(ratio "$crate" "$derive")" "$(ratio "$crate" "$derive_str")"
done
crate=$(per_iteration serialize::okta_body_crate)
derive=$(per_iteration serialize::okta_body_derive)
row 'write okta' "$crate" "$derive" - "$(ratio "$crate" "$derive")" -
