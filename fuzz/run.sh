#!/usr/bin/env bash
# Runs every cargo-fuzz target of the voiceai client for a bounded time and prints one summary
# line per target. Not run in CI; run it by hand from anywhere in a clone:
#
#   bash fuzz/run.sh                       # every target, 60 s each
#   FUZZ_SECONDS=300 bash fuzz/run.sh      # longer
#   bash fuzz/run.sh retry_after webhooks  # some targets
#
# Environment:
#   FUZZ_SECONDS    seconds per target (default 60)
#   FUZZ_SANITIZER  address (default) or none; use none where AddressSanitizer does not link
#   RUSTC_BOOTSTRAP cargo-fuzz needs nightly flags (-Z...); on a stable toolchain the script
#                   sets RUSTC_BOOTSTRAP=1 unless it is already set
#
# What each target checks: fuzz/src/lib.rs. Seeds (committed) are in fuzz/seeds/<target>/ and
# are copied into fuzz/corpus/<target>/ (ignored by git), which grows between runs. A crash is
# written to fuzz/artifacts/<target>/; replay it with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir fuzz <target> fuzz/artifacts/<target>/crash-...
# and, once fixed, copy it into fuzz/seeds/<target>/ so that tests/fuzz_regressions.rs replays it
# (`cargo test -p voiceai-tests --test wire fuzz_regressions`).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seconds="${FUZZ_SECONDS:-60}"
sanitizer="${FUZZ_SANITIZER:-address}"
export RUSTC_BOOTSTRAP="${RUSTC_BOOTSTRAP:-1}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz from crates.io" >&2
    cargo install cargo-fuzz --locked
fi

if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for f in fuzz/fuzz_targets/*.rs; do
        targets+=("$(basename "$f" .rs)")
    done
fi

echo "building the fuzz targets (sanitizer: $sanitizer)" >&2
cargo fuzz build --fuzz-dir fuzz --sanitizer "$sanitizer" >&2

mkdir -p fuzz/logs
summary=()
failed=0
for t in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
    if [ -d "fuzz/seeds/$t" ]; then
        cp -n "fuzz/seeds/$t"/* "fuzz/corpus/$t/" 2>/dev/null || true
    fi
    crashes_before=$(find "fuzz/artifacts/$t" -type f | wc -l)
    log="fuzz/logs/$t.log"
    echo "fuzzing $t for ${seconds}s (log: $log)" >&2
    start=$(date +%s)
    status=0
    cargo fuzz run --fuzz-dir fuzz --sanitizer "$sanitizer" -j1 "$t" \
        "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
        -max_total_time="$seconds" -print_final_stats=1 >"$log" 2>&1 || status=$?
    elapsed=$(($(date +%s) - start))
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
    if [ -z "$execs" ]; then
        # A crash stops libFuzzer before the final stats: take the last `#N` status line.
        execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#' || true)
    fi
    crashes=$(($(find "fuzz/artifacts/$t" -type f | wc -l) - crashes_before))
    if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
        crashes="? (exit $status, see $log)"
    fi
    if [ "$status" -ne 0 ]; then
        failed=1
    fi
    summary+=("$(printf '%-14s executions=%-10s seconds=%-5s crashes=%s' "$t" "${execs:-0}" "$elapsed" "$crashes")")
done

echo
printf '%s\n' "${summary[@]}"
exit "$failed"
