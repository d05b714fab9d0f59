#!/usr/bin/env bash
# The coverage simulation at full size (issue 6 item 6, issue 16, issue 17): 200 samples of the
# generated population instead of the suite's 50, and the generator's own response model as well,
# each with the register margins of today's waves (lan_grade + sex_grade) and again with the
# optional born_grade margin (EXCHANGE.md 1.3). The assertion's band narrows with the number of
# samples (CoverageSimulationTest.coverageBand: the binomial's +-3 sigma, 94.0-96.0 % for 200
# samples). Figures go to target/coverage-simulation-{register,generator}[-born].txt.
#
#   benchmarks/coverage.sh [SAMPLES]     (default 200)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="${1:-200}"
cd "$here"
for born in false true; do
  # minutes of the same loops: the JVM's server compiler pays here (the suite's test JVMs use the client one)
  mvn -B -o -q test -Dtest=CoverageSimulationTest -Dsurefire.failIfNoSpecifiedTests=false -Dhrvstat.test.jvm= \
    -Dcoverage.samples="$samples" -Dcoverage.generator=true -Dcoverage.born="$born"
done
cat target/coverage-simulation-register.txt target/coverage-simulation-generator.txt \
  target/coverage-simulation-register-born.txt target/coverage-simulation-generator-born.txt
