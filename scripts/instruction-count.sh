# Sourced by compile-instructions.sh and compile-downstream.sh: reads the log that
# compile-instructions.sh writes as RUSTC_WRAPPER, a line "<crate> <instructions>" per rustc run.

# Instructions (in G) that the crate $2 took in the newest run logged in $1; none is an error.
instructions() {
    awk -v unit="$2" '$1 == unit { n = $2 }
        END {
            if (n == "") { print "error: no count for " unit > "/dev/stderr"; exit 1 }
            print n / 1e9
        }' "$1"
}
