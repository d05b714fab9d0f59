#!/usr/bin/env bash
# Start-up time of the small commands (issue 15 item 8) as ratios against `hrvstat --help`
# measured in the same run, with hyperfine (Debian package `hyperfine`).
#   benchmarks/small-commands.sh [LAUNCHER...]     default: ./hrvstat of this checkout
# Each launcher (e.g. another checkout's ./hrvstat, to compare before and after) is measured in
# a working folder of its own whose store holds one execution (a `run ingest` of the small
# valid excerpt of sample-data/broken/). Results: one table per launcher, median and ratio.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-7}"
launchers=("$@")
[ ${#launchers[@]} -eq 0 ] && launchers=("$here/hrvstat")
work="$(mktemp -d /tmp/hrvstat-small.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data/survey/2024"
cp "$here/sample-data/broken/design.csv" "$here/sample-data/broken/responses.csv" "$work/data/survey/2024/"
echo "not a folder" > "$work/a-file"
i=0
for launcher in "${launchers[@]}"; do
  i=$((i + 1))
  dir="$work/w$i"
  mkdir -p "$dir"
  (cd "$dir" && "$launcher" run ingest --year 2024 --data "$work/data" --out "$work/out" > /dev/null 2>&1 || true)
  (cd "$dir" && hyperfine -N --warmup 1 --runs "$runs" -i --export-json "$work/r$i.json" \
      -n 'hrvstat --help' "$launcher --help" \
      -n 'unknown job (run anual)' "$launcher run anual --year 2024 --data $work/data --out $work/out" \
      -n 'data folder missing' "$launcher run annual --year 2024 --data $work/missing --out $work/out" \
      -n 'out is a file' "$launcher run annual --year 2024 --data $work/data --out $work/a-file" \
      -n 'jobs' "$launcher jobs" \
      -n 'jobs show 1' "$launcher jobs show 1" > /dev/null)
  echo "## $launcher"
  python3 - "$work/r$i.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print(f"| command | median s | ratio to --help |\n|---|---:|---:|")
for r in results:
    print(f"| {r['command']} | {r['median']:.2f} | {r['median'] / base:.2f} |")
PY
done
