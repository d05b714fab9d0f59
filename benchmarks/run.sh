#!/usr/bin/env bash
# End-to-end benchmark of hrvstat against R's survey package (issues 3 item 7 and 4 item 8).
# Every figure is a whole process (start, CSV read, work, output written) measured with
# /usr/bin/time -v: wall time and peak RSS. R and Java run one after another in this same run on
# this machine, so the ratios are comparable even on a noisy shared machine; absolute times are not.
#
#   benchmarks/run.sh [--rows N] [--only estimate|calibrate|glm] [--no-r] [--repeat K] [--dir DIR]
#
#   --rows N     rows of the generated files (default 1000000; e.g. 200000 for a quick run)
#   --only B     run only the estimate, the calibrate or the glm benchmark
#   --no-r       skip R (Java figures only; no ratios)
#   --repeat K   run each Java command K times and keep the median wall time and its RSS (default 1)
#   --dir DIR    where data, outputs and logs go (default /tmp/hrvstat-bench); generated files are reused
#
# Java runs once per JVM option set in JAVA_VARIANTS, separated by '|' (default: the launcher's
# defaults, then "-XX:+UseSerialGC"); each set is passed to ./hrvstat as JAVA_OPTS. "default" means
# JAVA_OPTS unset. Example: JAVA_VARIANTS='default|-XX:+UseSerialGC|-XX:+UseSerialGC -Xmx256m'
#
# Estimate: the 16 proportions q01..q16 with logit intervals, overall and by sex, born, grade and
# kommun, one process per breakdown: `hrvstat estimate --proportion ... [--by X] --ci logit` against
# src/test/r/benchmark-r.R (svymean / svyby(svymean, deff = TRUE) per item).
# Glm: `hrvstat estimate --glm 'q01 ~ factor(sex) + factor(born) + factor(grade)' --family
# quasibinomial` on the estimate file against src/test/r/benchmark-glm-r.R (svyglm), with the
# largest relative difference of the coefficients and SEs.
# Calibrate: raking to lan_grade (21 x 2) and sex_grade (2 x 2): `hrvstat calibrate --method raking`
# against src/test/r/benchmark-calibrate-r.R (calibrate(calfun = "raking")), both writing the
# input with the calibrated weight.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows=1000000 only="" with_r=1 repeat=1 dir=/tmp/hrvstat-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --no-r) with_r=0; shift ;;
    --repeat) repeat="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
IFS='|' read -r -a variants <<< "${JAVA_VARIANTS:-default|-XX:+UseSerialGC}"
timer=/usr/bin/time
if [ ! -x "$timer" ]; then
  echo "run.sh: $timer is missing (apt-get install -y time)" >&2; exit 1
fi
mkdir -p "$dir/logs"
results="$dir/results-$rows.tsv"
printf 'bench\tbreakdown\ttool\tvariant\twall_s\trss_mb\n' > "$results"
if [ ! -f "$here/target/hrvstat.jar" ]; then
  (cd "$here" && mvn -B -q -o package -DskipTests)
fi

# measure NAME CMD...: runs CMD under /usr/bin/time -v; prints "WALL_S RSS_MB"
measure() {
  local log="$dir/logs/$1.time"; shift
  if ! "$timer" -v -o "$log" "$@" > "$log.out" 2>&1; then
    echo "run.sh: failed: $* (see $log.out)" >&2; cat "$log.out" >&2; exit 1
  fi
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, a, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + a[i] }
              /Maximum resident set size/ { m = $2 / 1024 }
              END { printf "%.2f %.0f\n", s, m }' "$log"
}

# java_run BENCH BREAKDOWN ARGS...: each variant, median of $repeat runs
java_run() {
  local bench="$1" bd="$2"; shift 2
  local v k
  for v in "${variants[@]}"; do
    local tag="${v// /}"; tag="${tag//[^A-Za-z0-9+=-]/}"
    local runs=()
    for k in $(seq 1 "$repeat"); do
      if [ "$v" = default ]; then
        runs+=("$(unset JAVA_OPTS; measure "$bench-$bd-java-$tag-$k" "$here/hrvstat" "$@")")
      else
        runs+=("$(JAVA_OPTS="$v" measure "$bench-$bd-java-$tag-$k" "$here/hrvstat" "$@")")
      fi
    done
    local med; med="$(printf '%s\n' "${runs[@]}" | sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }')"
    printf '%s\t%s\tjava\t%s\t%s\t%s\n' "$bench" "$bd" "$v" ${med} >> "$results"
    printf '  %-9s %-8s java %-28s %8s s %6s MB\n' "$bench" "$bd" "$v" ${med}
  done
}

r_run() {
  local bench="$1" bd="$2"; shift 2
  local m; m="$(measure "$bench-$bd-r" Rscript "$@")"
  printf '%s\t%s\tR\tsurvey %s\t%s\t%s\n' "$bench" "$bd" "$rver" ${m} >> "$results"
  printf '  %-9s %-8s R    %-28s %8s s %6s MB\n' "$bench" "$bd" "survey $rver" ${m}
}

rver="$(Rscript -e 'cat(as.character(packageVersion("survey")))' 2>/dev/null || echo '?')"
echo "hrvstat benchmark: $rows rows, $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
echo "  $(java -version 2>&1 | head -1), R survey $rver, load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -z "$only" ] || [ "$only" = estimate ]; then
  data="$dir/estimate-$rows.csv"
  [ -f "$data" ] || Rscript "$here/src/test/r/benchmark-generate.R" "$data" "$rows" > /dev/null
  q=(); for k in $(seq -w 1 16); do q+=(--proportion "q$k"); done
  "$here/hrvstat" estimate --help > /dev/null # the launcher extracts the jar once for estimate: not timed
  for bd in overall sex born grade kommun; do
    by=(); [ "$bd" = overall ] || by=(--by "$bd")
    java_run estimate "$bd" estimate --data "$data" --weights w --strata stratum --cluster psu \
      "${q[@]}" "${by[@]}" --ci logit --out "$dir/estimate-$rows-$bd.java.csv"
    if [ "$with_r" = 1 ]; then
      r_run estimate "$bd" "$here/src/test/r/benchmark-r.R" "$data" "$([ "$bd" = overall ] || echo "$bd")"
    fi
  done
fi

if [ -z "$only" ] || [ "$only" = glm ]; then
  data="$dir/estimate-$rows.csv"
  [ -f "$data" ] || Rscript "$here/src/test/r/benchmark-generate.R" "$data" "$rows" > /dev/null
  java_run glm quasibin estimate --data "$data" --weights w --strata stratum --cluster psu \
    --glm 'q01 ~ factor(sex) + factor(born) + factor(grade)' --family quasibinomial --out "$dir/glm-$rows.java.csv"
  if [ "$with_r" = 1 ]; then
    r_run glm quasibin "$here/src/test/r/benchmark-glm-r.R" "$data" "$dir/glm-$rows.r.csv"
    # same fit? R's term, estimate, se, p against the Java rows of the same term
    awk -F, 'NR == FNR { if (FNR > 1) { gsub(/"/, ""); e[$1] = $2; s[$1] = $3 } next }
             FNR > 1 && ($2 in e) { for (k = 0; k < 2; k++) { a = k ? $5 : $4; b = k ? s[$2] : e[$2]
                 d = (a - b) / b; if (d < 0) d = -d; if (d > m) m = d } n++ }
             END { printf "  glm: largest relative difference of coefficients and SEs, Java vs R: %.2g (%d terms)\n", m, n }' \
      "$dir/glm-$rows.r.csv" "$dir/glm-$rows.java.csv"
  fi
fi

if [ -z "$only" ] || [ "$only" = calibrate ]; then
  data="$dir/calibrate-$rows.csv" pop="$dir/population-$rows.csv"
  [ -f "$data" ] || Rscript "$here/src/test/r/benchmark-calibrate-generate.R" "$data" "$pop" "$rows" > /dev/null
  java_run calibrate raking calibrate --data "$data" --weights w --strata stratum --cluster psu \
    --population "$pop" --method raking --out "$dir/calibrate-$rows.java.csv"
  if [ "$with_r" = 1 ]; then
    r_run calibrate raking "$here/src/test/r/benchmark-calibrate-r.R" "$data" "$pop" "$dir/calibrate-$rows.r.csv"
    # same weights? (both files end with calibrated_weight; R writes 15 significant digits)
    awk -F, 'NR == FNR { if (FNR > 1) j[FNR] = $NF; next }
             FNR > 1 { d = ($NF - j[FNR]) / $NF; if (d < 0) d = -d; if (d > m) m = d; n++ }
             END { printf "  calibrate raking: largest relative difference of the weights, Java vs R: %.2g (%d rows)\n", m, n }' \
      "$dir/calibrate-$rows.java.csv" "$dir/calibrate-$rows.r.csv"
  fi
fi

echo
echo "Per breakdown, R/Java (time; peak memory)"
awk -F'\t' 'NR > 1 && $3 == "R" { rw[$1 SUBSEP $2] = $5; rm[$1 SUBSEP $2] = $6 }
     NR > 1 && $3 == "java" { jw[NR] = $5; jm[NR] = $6; key[NR] = $1 SUBSEP $2; label[NR] = sprintf("  %-9s %-8s %-28s", $1, $2, $4) }
     END { for (i = 1; i <= NR; i++) if (i in key && key[i] in rw)
             printf "%s time %5.1fx, memory %4.2fx\n", label[i], rw[key[i]] / jw[i], rm[key[i]] / jm[i] }' "$results"
echo
echo "Totals per benchmark (wall: sum over the breakdowns; memory: the largest peak RSS of any one process)"
awk -F'\t' 'NR > 1 { k = $1 SUBSEP $3 SUBSEP $4; wall[k] += $5; if ($6 > rss[k]) rss[k] = $6; seen[k] = 1
                     if ($3 == "R") { rwall[$1] += $5; if ($6 > rrss[$1]) rrss[$1] = $6 } }
     END { for (k in seen) { split(k, p, SUBSEP)
             line = sprintf("  %-9s %-4s %-28s %9.1f s %6d MB", p[1], p[2], p[3], wall[k], rss[k])
             if (p[2] == "java" && rwall[p[1]] > 0)
               line = line sprintf("   R/Java: time %5.1fx, memory %4.2fx", rwall[p[1]] / wall[k], rrss[p[1]] / rss[k])
             print line } }' "$results" | sort
echo "Results: $results"
