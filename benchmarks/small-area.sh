#!/usr/bin/env bash
# The small-area honesty check at full size (issue 18, docs/small-area.md): repeated samples of the
# generated population of 2024 through the annual job's weighting chain, the small-area estimate of
# every headline indicator and municipality, judged against the generator's true municipal values.
# The suite draws 4 samples at half the population's size; this draws SAMPLES (default 20) of the
# population at full size. Figures go to target/small-area-simulation.txt.
#
#   benchmarks/small-area.sh [SAMPLES] [SCALE]     (defaults 20 and 1.0; about a minute a sample)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="${1:-20}"
scale="${2:-1.0}"
cd "$here"
status=0
# minutes of the same loops: the JVM's server compiler pays here (the suite's test JVMs use the client one)
mvn -B -o -q test -Dtest=SmallAreaCoverageSimulationTest -Dsurefire.failIfNoSpecifiedTests=false -Dhrvstat.test.jvm= \
  -Dsae.samples="$samples" -Dcoverage.scale="$scale" || status=$?
cat target/small-area-simulation.txt
exit "$status"
