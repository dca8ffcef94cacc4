#!/usr/bin/env bash
# Runs every target in turn, round after round, at low priority, appending
# libFuzzer's final statistics of each stretch to logs/summary.log.
# Usage: fuzz/run.sh SECONDS_PER_STRETCH [ROUNDS]
set -uo pipefail
cd "$(dirname "$0")"
per=${1:-1200}
rounds=${2:-100}
mkdir -p logs artifacts
for round in $(seq 1 "$rounds"); do
    for t in parse eval_gen eval_source convert; do
        mkdir -p "corpus/$t"
        log="logs/$t.$round.log"
        start=$(date +%s)
        extra=()
        if [ "$t" = eval_gen ] || [ "$t" = convert ]; then extra=(-len_control=0 -max_len=4096); fi
        RUSTC_BOOTSTRAP=1 nice -n 19 cargo fuzz run "$t" -s none "corpus/$t" -- \
            -max_total_time="$per" -timeout=20 -rss_limit_mb=4096 -max_len=20000 \
            -print_final_stats=1 "${extra[@]}" >"$log" 2>&1
        status=$?
        end=$(date +%s)
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
        cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
        echo "$(date -u +%FT%TZ) $t round=$round seconds=$((end - start)) status=$status runs=${runs:-?} $cov" >>logs/summary.log
    done
done
