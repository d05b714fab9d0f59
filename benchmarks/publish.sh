#!/usr/bin/env bash
# Timing of the publications (issue 7): the annual report and 290 municipal fact sheets, by one
# thread (baseline) and by one thread per core, in one JVM (se.hrvstat.publish.PublicationTimingMain).
#   benchmarks/publish.sh [OUT_DIR] [THREADS] [REPEAT]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/publish-bench.cp
java -cp "target/classes:target/test-classes:$(cat target/publish-bench.cp)" se.hrvstat.publish.PublicationTimingMain \
  "${1:-/tmp/hrvstat-publish-bench}" "${2:-$(nproc)}" "${3:-3}"
