#!/usr/bin/env bash
# The coverage simulation at full size (issue 6 item 6, issue 16): 200 samples of the generated
# population instead of the suite's 50, and the generator's own response model as well. The
# assertion's band narrows with the number of samples (CoverageSimulationTest.coverageBand: the
# binomial's +-3 sigma, 94.0-96.0 % for 200 samples). Figures go to
# target/coverage-simulation-register.txt and target/coverage-simulation-generator.txt.
#
#   benchmarks/coverage.sh [SAMPLES]     (default 200)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="${1:-200}"
cd "$here"
mvn -B -o -q test -Dtest=CoverageSimulationTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcoverage.samples="$samples" -Dcoverage.generator=true
cat target/coverage-simulation-register.txt target/coverage-simulation-generator.txt
