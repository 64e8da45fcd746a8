#!/usr/bin/env bash
# The compile cost a user pays, every number measured in one run so all see the same machine load:
#
# 1. The clean build of this crate alone (its dependencies already built), split as cargo's
#    `--timings` report splits it: compiling the build script, running it, compiling the library;
#    next to the clean build of the `http` crate, in the dev and release profiles.
# 2. The clean build of a fresh project (`cargo new`) whose one dependency is this crate, by
#    path, in both profiles: its total, and the build script's share of it. The registry is
#    downloaded first (`cargo fetch`), so no build waits on the network.
#
# Medians of RUNS (default 5) runs, alternating what is compared. Needs bash 4.4 or later, awk
# and cargo. Builds in ./target, whatever CARGO_TARGET_DIR says.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${RUNS:-5}
export LC_ALL=C CARGO_TARGET_DIR=$root/target
# Users build the crate as a dependency, which cargo never compiles incrementally. And
# `cargo clean -p` leaves the build script's incremental cache behind: an incremental "clean"
# build would mostly reuse it, and the build script would seem several times cheaper than it is.
export CARGO_INCREMENTAL=0

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
# The median of the numbers given as arguments.
median() {
    printf '%s\n' "$@" | sort -n |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# The newest `--timings` report under the target directory $1. Report names hold a fixed-width
# UTC timestamp, so the glob's last match is the newest.
report() {
    local reports=("$1"/cargo-timings/cargo-timing-*.html)
    printf '%s\n' "${reports[-1]}"
}

# Seconds cargo spent on one unit, from the report $1: the unit of package $2 whose target is $3
# ("" for the library, "build-script" to compile the build script, "build-script (run)" to run
# it). The report holds its data as `const UNIT_DATA = [...]`, a JSON array of units; cutting it
# at commas and braces leaves one `"key": value` a piece, however cargo lays the JSON out.
duration() {
    awk -v name="$2" -v target="$3" '
        function piece(text, quoted) {
            split(text, quoted, "\"")
            if (text ~ /"name":/) unit = quoted[4]
            if (text ~ /"target":/) { kind = quoted[4]; sub(/^ /, "", kind) }
            if (text ~ /"duration":/ && unit == name && kind == target) {
                seconds = quoted[3]
                gsub(/[: ]/, "", seconds)
            }
        }
        /const UNIT_DATA = \[/ { data = 1 }
        data {
            n = split($0, pieces, /[,{}]/)
            for (i = 1; i <= n; i++) piece(pieces[i])
            if (/\];/) data = 0
        }
        END {
            if (seconds == "") { print "no unit " name " \"" target "\" in " FILENAME > "/dev/stderr"; exit 1 }
            print seconds
        }' "$1"
}

echo "Clean build of identity-errors alone (dependencies built; CARGO_INCREMENTAL=0), seconds,"
echo "medians of $runs runs alternating with a clean build of http:"
printf '%-8s %10s %10s %8s %8s %8s %8s\n' profile 'build.rs' 'build.rs' library crate http crate/
printf '%-8s %10s %10s %8s %8s %8s %8s\n' '' compile run '' total '' http
for profile in dev release; do
    flags=()
    [ "$profile" = release ] && flags=(--release)
    cargo build --quiet --lib "${flags[@]}" # dependencies, once
    compile=() run=() lib=() total=() http=()
    for _ in $(seq "$runs"); do
        cargo clean --quiet -p identity-errors "${flags[@]}"
        cargo build --quiet --lib --timings "${flags[@]}"
        r=$(report target)
        compile+=("$(duration "$r" identity-errors build-script)")
        run+=("$(duration "$r" identity-errors 'build-script (run)')")
        lib+=("$(duration "$r" identity-errors '')")
        total+=("$(calc "${compile[-1]} + ${run[-1]} + ${lib[-1]}")")
        cargo clean --quiet -p http "${flags[@]}"
        cargo build --quiet -p http --timings "${flags[@]}"
        http+=("$(duration "$(report target)" http '')")
    done
    printf '%-8s %10.2f %10.2f %8.2f %8.2f %8.2f %8.2f\n' "$profile" "$(median "${compile[@]}")" \
        "$(median "${run[@]}")" "$(median "${lib[@]}")" "$(median "${total[@]}")" \
        "$(median "${http[@]}")" "$(calc "$(median "${total[@]}") / $(median "${http[@]}")")"
done

# The newest build script output of the release builds above.
dir=$(find target/release/build -path '*/identity-errors-*/out/okta_error_code.rs' -printf '%T@ %h\n' |
    sort -n | tail -n 1 | cut -d ' ' -f 2-)
generated=("$dir"/*.rs)
printf 'generated code: %s bytes in %s files (%s lines)\n\n' \
    "$(cat "${generated[@]}" | wc -c)" "${#generated[@]}" "$(cat "${generated[@]}" | wc -l)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
app=$tmp/app
cargo new --quiet --vcs none --name app "$app"
printf 'identity-errors = { path = "%s" }\n' "$root" >> "$app/Cargo.toml"
fresh() { (cd "$app" && CARGO_TARGET_DIR=$app/target cargo "$@"); }
fresh fetch --quiet
echo "Clean build of a fresh project depending on identity-errors by path (registry already"
echo "downloaded; CARGO_INCREMENTAL=0), seconds, medians of $runs runs alternating the profiles:"
printf '%-8s %10s %10s %10s\n' profile total 'build.rs' 'build.rs'
printf '%-8s %10s %10s %10s\n' '' '' compile run
declare -A wall=() bs_compile=() bs_run=()
for _ in $(seq "$runs"); do
    for profile in dev release; do
        flags=()
        [ "$profile" = release ] && flags=(--release)
        fresh clean --quiet
        start=$(now)
        fresh build --quiet --offline --timings "${flags[@]}"
        wall[$profile]+="$(calc "$(now) - $start") "
        r=$(report "$app/target")
        bs_compile[$profile]+="$(duration "$r" identity-errors build-script) "
        bs_run[$profile]+="$(duration "$r" identity-errors 'build-script (run)') "
    done
done
for profile in dev release; do
    # Word splitting is wanted here: each list holds one number per run.
    # shellcheck disable=SC2086
    printf '%-8s %10.2f %10.2f %10.2f\n' "$profile" "$(median ${wall[$profile]})" \
        "$(median ${bs_compile[$profile]})" "$(median ${bs_run[$profile]})"
done
