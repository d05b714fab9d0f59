#!/usr/bin/env bash
# Response homogeneity groups by background (issue 17, ResponseHomogeneityGroups) in the coverage
# simulation: the generator's and the register response, 200 samples by default, all with the
# born_grade margin, without the groups and with them within school, stratum and class (cells of at
# least MIN respondents, factor at most MAX), and the two diagnostic response variants (the
# generator's model without its risk term, without its disability term). Figures go to
# target/coverage-simulation-<response>-born[-rhg-<level>-<min>-<max>].txt.
#
#   benchmarks/coverage-rhg.sh [SAMPLES] [MIN] [MAX]     (defaults 200 5 2)
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="${1:-200}"; min="${2:-5}"; max="${3:-2}"
cd "$here"
gen='CoverageSimulationTest#underTheGeneratorsResponseTheStandardErrorsStillMatchTheSpread'
reg='CoverageSimulationTest#ninetyFivePercentIntervalsCoverTheTruth93To97PercentOfTheTime'
run() { # test, extra properties...
  local test="$1"; shift
  # minutes of the same loops: the JVM's server compiler pays here (the suite's test JVMs use the client one)
  mvn -B -o -q test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -Dhrvstat.test.jvm= -Dcoverage.samples="$samples" \
    -Dcoverage.generator=true -Dcoverage.rhg.min="$min" -Dcoverage.rhg.max="$max" "$@" >/dev/null 2>&1 || true
}
for level in off school stratum class; do
  run "$gen" -Dcoverage.rhg="$level"
done
for level in off school; do
  run "$reg" -Dcoverage.rhg="$level"
done
for variant in GENERATOR_WITHOUT_RISK GENERATOR_WITHOUT_DISABILITY; do
  run "$gen" -Dcoverage.response="$variant"
done
grep -H -e 'all [0-9]* intervals' -e '|bias|' target/coverage-simulation-*-born*.txt
