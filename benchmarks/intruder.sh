#!/usr/bin/env bash
# The intruder against the municipal tables of the sample data (2023 and 2024) under the
# intruder's knowledge (a '..' holds at least 1), and its counts. Part of mvn verify too (about
# 20 s); this runs it alone. Usage: benchmarks/intruder.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B test -Dtest=IntruderTest -Dsurefire.failIfNoSpecifiedTests=false
grep -h '^intruder ' target/surefire-reports/se.hrvstat.municipal.IntruderTest-output.txt || true
