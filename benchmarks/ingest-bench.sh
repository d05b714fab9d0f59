#!/usr/bin/env bash
# Ingest benchmark (issue 5 item 7): hrvstat's ingest + validate jobs on PostgreSQL against
# PostgreSQL's own COPY of the same responses.csv into an equivalent plain table, in the same run
# on the same server (an embedded PostgreSQL from zonky, or HRVSTAT_TEST_PG_URL if set).
#
#   benchmarks/ingest-bench.sh [ROWS] [DIR]     (defaults: 1000000, /tmp/hrvstat-ingest-bench)
#
# Prints the seconds of each part and the ratio throughput(hrvstat) / throughput(COPY); results
# go into docs/benchmarks.md, section "Ingest on PostgreSQL against COPY".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
exec java ${JAVA_OPTS:-} -cp "$CP" se.hrvstat.benchmark.IngestBench "${1:-1000000}" "${2:-/tmp/hrvstat-ingest-bench}"
