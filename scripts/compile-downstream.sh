#!/usr/bin/env bash
# What a user's whole build costs: the rustc instructions (callgrind) of a clean build of this
# crate and of a small user crate that depends on it with the default features, in the dev and
# release profiles, with the manifest's `[hints] mostly-unused` ignored (as cargo 1.95 does) and
# honoured (`-Zprofile-hint-mostly-unused`, which RUSTC_BOOTSTRAP=1 lets a stable cargo take).
#
#   scripts/compile-downstream.sh [APP...]
#
# APP is a folder of scripts/downstream/: `client` (reads answers, decides retries) or `service`
# (answers as the vendors); without any, both. The hint moves code generation out of this crate
# into the crates that call it, so a count of this crate alone (compile-instructions.sh HINT=1)
# says only half: this adds the user's crate, the half that grows. Its own count is also what
# every rebuild of the user's crate costs where builds are not incremental (release, CI); in
# dev, `edit` is what an incremental rebuild of it costs after a one-line edit of its main.rs
# (cargo's default for dev), the loop a developer waits on.
#
# Needs valgrind. Builds copies of the apps in a temporary folder, each with this workspace's
# Cargo.lock, so the dependencies are the versions the crate is tested with.
set -euo pipefail
shopt -s inherit_errexit

script=$(realpath "$0")
root=$(realpath "$(dirname "$script")/..")
counter=$root/scripts/compile-instructions.sh
# shellcheck source=instruction-count.sh
source "$root/scripts/instruction-count.sh"
command -v valgrind > /dev/null || { echo "error: valgrind is needed" >&2; exit 1; }
export LC_ALL=C CARGO_INCREMENTAL=0
apps=("$@")
[ ${#apps[@]} -gt 0 ] || apps=(client service)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log=$work/log

# Instructions (in G) that the crate $1 took in the newest build.
count() { instructions "$log" "$1"; }

# build ARGS...: `cargo ARGS...` in the app's copy, quiet; its messages only if it fails (cargo
# 1.95 warns on each build that it ignores the hint).
build() {
    (cd "$copy" && RUSTC_BOOTSTRAP=1 cargo "$@" 2> "$work/err") || { cat "$work/err" >&2; exit 1; }
}

# counted CRATES ARGS...: build ARGS..., counting the rustc runs of CRATES into the log.
counted() {
    local crates=$1
    shift
    : > "$log"
    COMPILE_INSTRUCTIONS_LOG=$log COMPILE_INSTRUCTIONS_CRATES=$crates RUSTC_WRAPPER=$counter \
        build "$@"
}

echo "Instructions rustc executes for a clean build of the crate and of a user's crate (dependencies built), G:"
printf '%-9s %-8s %-9s %9s %9s %9s %9s\n' app profile hint crate app total edit
for app in "${apps[@]}"; do
    [ -d "$root/scripts/downstream/$app" ] || { echo "error: no app $app" >&2; exit 1; }
    copy=$work/$app
    cp -r "$root/scripts/downstream/$app" "$copy"
    cp "$root/Cargo.lock" "$copy/Cargo.lock"
    sed -i "s|path = \"../../..\"|path = \"$root\"|" "$copy/Cargo.toml"
    # Its own root, as a user's crate is: this workspace's profiles do not apply.
    printf '\n[workspace]\n' >> "$copy/Cargo.toml"
    # The crate's name as rustc sees it.
    unit=$(sed -n 's/^name = "\(.*\)"/\1/p' "$copy/Cargo.toml" | tr - _)
    for profile in dev release; do
        flags=()
        [ "$profile" = release ] && flags=(--release)
        for hint in ignored honoured; do
            cargo_flags=()
            [ "$hint" = honoured ] && cargo_flags=(-Zprofile-hint-mostly-unused)
            # The dependencies, built once; then both crates again, counted.
            export CARGO_TARGET_DIR=$work/target-$app CARGO_INCREMENTAL=0
            build "${cargo_flags[@]}" build --quiet "${flags[@]}"
            build clean --quiet -p identity-errors -p "${unit//_/-}" "${flags[@]}"
            counted "identity_errors $unit" "${cargo_flags[@]}" build --quiet "${flags[@]}"
            crate=$(count identity_errors)
            own=$(count "$unit")
            edit=-
            if [ "$profile" = dev ]; then
                # Built once incrementally, then again after a one-line edit, counted.
                export CARGO_TARGET_DIR=$work/incremental-$app-$hint CARGO_INCREMENTAL=1
                build "${cargo_flags[@]}" build --quiet
                echo "// an edit" >> "$copy/src/main.rs"
                counted "$unit" "${cargo_flags[@]}" build --quiet
                sed -i '$d' "$copy/src/main.rs"
                edit=$(printf '%.2f' "$(count "$unit")")
            fi
            printf '%-9s %-8s %-9s %9.2f %9.2f %9.2f %9s\n' "$app" "$profile" "$hint" "$crate" \
                "$own" "$(awk "BEGIN { print $crate + $own }")" "$edit"
        done
    done
done
