#!/usr/bin/env bash
# The instructions rustc executes for a clean build of this crate (its build script and its
# library, dependencies already built) and of the `http` crate, in the dev and release profiles,
# counted by callgrind. Unlike seconds, the count does not move with the machine's load, so one
# run is enough and two commits can be compared run to run. BENCHMARKS.md reports these.
#
# Needs valgrind and bash 4.4 or later. Builds in ./target/compile-instructions, whatever
# CARGO_TARGET_DIR says. The linker is not counted (it is a separate program); the wall-clock
# script compile-cost.sh counts it.
set -euo pipefail
# A command substitution that fails stops the script too.
shopt -s inherit_errexit

# Called by cargo as RUSTC_WRAPPER (`script rustc args...`): runs rustc under callgrind for the
# crates being measured and appends "<crate> <instructions>" to $COMPILE_INSTRUCTIONS_LOG.
if [ -n "${COMPILE_INSTRUCTIONS_LOG:-}" ]; then
    name=
    for ((i = 1; i < $#; i++)); do
        if [ "${!i}" = --crate-name ]; then
            next=$((i + 1))
            name=${!next}
        fi
    done
    case " $COMPILE_INSTRUCTIONS_CRATES " in
        *" $name "*) ;;
        *) exec "$@" ;;
    esac
    log=$(mktemp)
    status=0
    valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file="$log" "$@" || status=$?
    count=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$log")
    rm -f "$log"
    echo "$name ${count:?callgrind reported no count for $name}" >> "$COMPILE_INSTRUCTIONS_LOG"
    exit "$status"
fi

cd "$(dirname "$0")/.."
command -v valgrind > /dev/null || { echo "error: valgrind is needed" >&2; exit 1; }
export LC_ALL=C CARGO_TARGET_DIR=$PWD/target/compile-instructions
# As compile-cost.sh explains: users build the crate as a dependency, never incrementally.
export CARGO_INCREMENTAL=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
script=$PWD/scripts/compile-instructions.sh

# Instructions (in G) that the crate $1 took in the newest measurement; none stops the script.
count() {
    awk -v unit="$1" '$1 == unit { n = $2 }
        END {
            if (n == "") { print "error: no count for " unit > "/dev/stderr"; exit 1 }
            print n / 1e9
        }' "$log"
}

echo "Instructions rustc executes for a clean build (dependencies built; CARGO_INCREMENTAL=0), G:"
printf '%-8s %10s %8s %8s %8s %8s\n' profile 'build.rs' library crate http crate/
printf '%-8s %10s %8s %8s %8s %8s\n' '' compile '' total '' http
for profile in dev release; do
    flags=()
    [ "$profile" = release ] && flags=(--release)
    # The dependencies, built once (the crate too, which the next line cleans).
    cargo build --quiet --lib "${flags[@]}"
    : > "$log"
    cargo clean --quiet -p identity-errors "${flags[@]}"
    COMPILE_INSTRUCTIONS_LOG=$log COMPILE_INSTRUCTIONS_CRATES="build_script_build identity_errors" \
        RUSTC_WRAPPER=$script cargo build --quiet --lib "${flags[@]}"
    cargo clean --quiet -p http "${flags[@]}"
    COMPILE_INSTRUCTIONS_LOG=$log COMPILE_INSTRUCTIONS_CRATES=http \
        RUSTC_WRAPPER=$script cargo build --quiet --lib -p http "${flags[@]}"
    build=$(count build_script_build)
    lib=$(count identity_errors)
    http=$(count http)
    printf '%-8s %10.2f %8.2f %8.2f %8.2f %8.2f\n' "$profile" "$build" "$lib" \
        "$(awk "BEGIN { print $build + $lib }")" "$http" \
        "$(awk "BEGIN { print ($build + $lib) / $http }")"
done
