#!/usr/bin/env bash
# The instructions rustc executes for a clean build of this crate (its build script, in trees
# that have one, and its library, dependencies already built) and of the `http` crate, in the
# dev and release profiles, counted by callgrind, for each feature configuration: no vendor,
# each vendor alone, the default vendors, all vendors (a configuration the tree has no features
# for is skipped).
#
#   scripts/compile-instructions.sh [--base REV] [CONFIG...]
#
# `--base REV` measures REV too, in a temporary worktree, in the same run (before and after).
# CONFIG names rows of `configs` below; without any, all of them. PROFILES="dev" (or "release")
# measures one profile only; the default is both. Unlike seconds, the count does
# not move with the machine's load, so one run is enough and two commits can be compared run to
# run. BENCHMARKS.md reports these.
#
# HINT=1 measures what a user whose cargo honours the manifest's `[hints] mostly-unused` gets
# (rustc defers code generation to the crates that call the code): it runs cargo with
# RUSTC_BOOTSTRAP=1 and `-Zprofile-hint-mostly-unused`, and sets the profile option the
# workspace turns off back on. The work deferred lands in the user's crate:
# compile-downstream.sh measures that.
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

script=$(realpath "$0")
# shellcheck source=instruction-count.sh
source "$(dirname "$script")/instruction-count.sh"
cd "$(dirname "$script")/.."
command -v valgrind > /dev/null || { echo "error: valgrind is needed" >&2; exit 1; }
export LC_ALL=C
# As compile-cost.sh explains: users build the crate as a dependency, never incrementally.
export CARGO_INCREMENTAL=0

# name, then cargo's feature flags. The vendor features: see Cargo.toml's [features].
declare -A configs=(
    [none]="--no-default-features"
    [okta]="--no-default-features --features okta"
    [identity-cloud]="--no-default-features --features identity-cloud"
    [lusid]="--no-default-features --features lusid"
    [entra]="--no-default-features --features entra"
    [cognito]="--no-default-features --features cognito"
    [firebase]="--no-default-features --features firebase"
    [keycloak]="--no-default-features --features keycloak"
    [auth0]="--no-default-features --features auth0"
    [default]=""
    [all]="--no-default-features --features all-vendors"
)
order=(none okta identity-cloud lusid entra cognito firebase keycloak auth0 default all)

base=
if [ "${1:-}" = --base ]; then
    base=${2:?--base takes a revision}
    shift 2
fi
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=("${order[@]}")
for name in "${wanted[@]}"; do
    [ -n "${configs[$name]+set}" ] || { echo "error: no configuration $name" >&2; exit 1; }
done

log=$(mktemp)
trees=()
cleanup() {
    rm -f "$log"
    for tree in "${trees[@]}"; do git worktree remove --force "$tree" 2> /dev/null || true; done
}
trap cleanup EXIT

# Instructions (in G) that the crate $1 took in the newest build.
count() { instructions "$log" "$1"; }

# Whether the tree in the current directory declares every feature `--features` names in $1,
# and, for a configuration without the default features, has vendor features at all (before
# them, `--no-default-features` built every vendor).
has_features() {
    local word wanted=0
    case " $1 " in
        *" --no-default-features "*) grep -q '^okta = ' Cargo.toml || return 1 ;;
    esac
    for word in $1; do
        if [ "$wanted" = 1 ]; then
            local feature
            for feature in ${word//,/ }; do
                grep -q "^$feature = " Cargo.toml || return 1
            done
        fi
        wanted=0
        [ "$word" = --features ] && wanted=1
    done
    return 0
}

# measure LABEL: a row per profile and configuration for the tree in the current directory.
measure() {
    local label=$1 profile name
    [ "${HINT:-0}" = 1 ] && label=$label/hint
    export CARGO_TARGET_DIR=$PWD/target/compile-instructions
    for profile in ${PROFILES:-dev release}; do
        local flags=() hint=()
        [ "$profile" = release ] && flags=(--release)
        [ "${HINT:-0}" = 1 ] && hint=(-Zprofile-hint-mostly-unused
            --config "profile.$profile.package.identity-errors.hint-mostly-unused=true")
        cargo build --quiet --lib -p http "${flags[@]}"
        : > "$log"
        cargo clean --quiet -p http "${flags[@]}"
        COMPILE_INSTRUCTIONS_LOG=$log COMPILE_INSTRUCTIONS_CRATES=http \
            RUSTC_WRAPPER=$script cargo build --quiet --lib -p http "${flags[@]}"
        local http
        http=$(count http)
        for name in "${wanted[@]}"; do
            # shellcheck disable=SC2206 # the flags are words
            local features=(${configs[$name]})
            if ! has_features "${configs[$name]}"; then
                printf '%-13s %-15s %-8s %s\n' "$label" "$name" "$profile" "(no such features here)"
                continue
            fi
            # The dependencies, built once (the crate too, which the next line cleans).
            cargo "${hint[@]}" build --quiet --lib -p identity-errors "${flags[@]}" "${features[@]}"
            : > "$log"
            cargo clean --quiet -p identity-errors "${flags[@]}"
            COMPILE_INSTRUCTIONS_LOG=$log COMPILE_INSTRUCTIONS_CRATES="build_script_build identity_errors" \
                RUSTC_WRAPPER=$script cargo "${hint[@]}" build --quiet --lib -p identity-errors \
                "${flags[@]}" "${features[@]}"
            local build lib
            # Trees since the generated catalogs were committed have no build script.
            build=0
            [ -f build.rs ] && build=$(count build_script_build)
            lib=$(count identity_errors)
            printf '%-13s %-15s %-8s %10.2f %8.2f %8.2f %8.2f %8.2f\n' "$label" "$name" "$profile" \
                "$build" "$lib" "$(awk "BEGIN { print $build + $lib }")" "$http" \
                "$(awk "BEGIN { print ($build + $lib) / $http }")"
        done
    done
}

echo "Instructions rustc executes for a clean build (dependencies built; CARGO_INCREMENTAL=0), G:"
printf '%-13s %-15s %-8s %10s %8s %8s %8s %8s\n' tree config profile 'build.rs' library crate http crate/
printf '%-13s %-15s %-8s %10s %8s %8s %8s %8s\n' '' '' '' compile '' total '' http
# The hint's flags are unstable ones, which RUSTC_BOOTSTRAP lets a stable cargo take.
[ "${HINT:-0}" = 1 ] && export RUSTC_BOOTSTRAP=1
if [ -n "$base" ]; then
    tree=$(mktemp -d)
    trees+=("$tree")
    git worktree add --quiet --detach "$tree" "$base"
    (cd "$tree" && measure "$(git rev-parse --short HEAD)")
fi
measure "$(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo +)"
