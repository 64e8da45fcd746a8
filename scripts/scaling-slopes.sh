#!/usr/bin/env bash
# Runs `cargo bench --bench scaling` (or reads its saved output from standard input with `-`) and
# fits each series: the least-squares slope of log(median time) against log(input size), and the
# slope between its two largest sizes alone (where a quadratic term would show). A slope of 1 is
# linear growth, 2 quadratic; below 1, a fixed cost still weighs on the small sizes.
# BENCHMARKS.md reports these.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = - ]; then
    cat
else
    cargo bench --quiet --bench scaling
fi | awk '
    # divan prints a series as a line with its name, then one line per argument:
    # "│  ├─ 1000   161.5 µs │ 220.1 µs │ 190.4 µs │ ..." (fastest, slowest, median, mean).
    function seconds(value, unit) {
        if (unit == "ns") return value * 1e-9
        if (unit == "µs" || unit == "us") return value * 1e-6
        if (unit == "ms") return value * 1e-3
        return value
    }
    function flush() {
        if (name == "" || count < 2) return
        slope = (count * sxy - sx * sy) / (count * sxx - sx * sx)
        top = (prev_y == "") ? 0 : (y - prev_y) / (x - prev_x)
        printf "%-24s %d sizes, %s to %s: slope %.2f, between the two largest %.2f\n",
            name, count, first, last, slope, top
    }
    /─ [a-z_]+ *│/ && !/[0-9] (ns|µs|us|ms|s) / {
        flush()
        name = $0; sub(/^.*─ /, "", name); sub(/ .*$/, "", name)
        count = sx = sy = sxx = sxy = 0
        next
    }
    /─ [0-9]+ / {
        line = $0; sub(/^.*─ /, "", line)
        split(line, cells, "│")
        split(cells[1], fastest, " ")
        split(cells[3], median, " ")
        n = fastest[1]
        t = seconds(median[1], median[2])
        prev_x = x; prev_y = (count == 0) ? "" : y
        x = log(n); y = log(t)
        count++; sx += x; sy += y; sxx += x * x; sxy += x * y
        if (count == 1) first = n
        last = n
    }
    END { flush() }
'
