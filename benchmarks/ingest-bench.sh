#!/usr/bin/env bash
# Ingest benchmark (issue 5 item 7): hrvstat's ingest + validate jobs on PostgreSQL against
# PostgreSQL's own COPY of the same responses.csv into an equivalent plain table, in the same run
# on the same server (an embedded PostgreSQL from zonky, or HRVSTAT_TEST_PG_URL if set).
#
#   benchmarks/ingest-bench.sh [ROWS] [DIR] [REPEATS]   (defaults: 1000000, /tmp/hrvstat-ingest-bench, 1)
#
# Each repeat is a new JVM (as a run of ./hrvstat is) and a new database, and measures both: it
# prints the seconds of each part and the ratio throughput(hrvstat) / throughput(COPY). With
# REPEATS > 1 the ratios of all repeats and their median close the output: on a shared machine a
# single run swings with the load (the reference COPY itself between 2.3 s and 4 s for 1 000 000
# rows), the median of runs that each compare in the same minute does not. Results go into
# docs/benchmarks.md, section "Ingest on PostgreSQL against COPY".
#
# The JVM runs with the options ./hrvstat gives the pipeline jobs (run, restart, schedule): the
# parallel collector and class-data sharing. JAVA_OPTS adds to them (or replaces the collector).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
rows="${1:-1000000}" dir="${2:-/tmp/hrvstat-ingest-bench}" repeats="${3:-1}"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
gc="-XX:+UseParallelGC"
case " ${JAVA_OPTS:-} " in
  *" -XX:+Use"*"GC "*) gc="" ;;
esac
ratios=()
faster=()
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for i in $(seq "$repeats"); do
  echo "== run $i of $repeats, $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  out="$(java ${JAVA_OPTS:-} $gc -Xshare:auto -cp "$CP" se.hrvstat.benchmark.IngestBench "$rows" "$dir" 2>&1)" || {
    echo "$out"; exit 1; }
  echo "$out" | grep -E '^(rows|hrvstat|COPY|ratio)'
  ratios+=("$(echo "$out" | sed -n 's/^ratio (.* \([0-9.]*\)$/\1/p')")
  faster+=("$(echo "$out" | sed -n 's/^ratio against the faster COPY \([0-9.]*\)$/\1/p')")
done
if [ "$repeats" -gt 1 ]; then
  echo "== ratios, sorted: $(printf '%s\n' "${ratios[@]}" | sort -n | tr '\n' ' ')"
  echo "== median ratio over $repeats runs: $(printf '%s\n' "${ratios[@]}" | median)"
  echo "== against the faster of each run's two COPYs, sorted: $(printf '%s\n' "${faster[@]}" | sort -n | tr '\n' ' ')"
  echo "== median: $(printf '%s\n' "${faster[@]}" | median)"
fi
