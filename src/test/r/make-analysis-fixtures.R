# Reference values for the analyses beyond means (issue 17 item 3), R survey 4.x:
#   ratio:    svyratio(~NUM, ~DEN, subset(design, domain & both present)) on replicate designs
#             (the Taylor ratios are in cases.csv, make-survey-fixtures.R)
#   quantile: svyquantile(~X, subset(design, domain), p, ci = TRUE, na.rm = TRUE) with R 4.x's
#             defaults qrule = "math", interval.type = "mean" (Woodruff: the Wald interval of the
#             share at or below the quantile, df = degf of the design without the missing rows,
#             mapped back by the same rule; se = interval width / (2 qt(1 - a, df)))
# Run from the repository root:  Rscript src/test/r/make-analysis-fixtures.R
# Reads the rows written by make-survey-fixtures.R and make-replicate-fixtures.R; writes
# src/test/resources/r-fixtures/analysis-cases.csv.
suppressMessages(library(survey))
out <- "src/test/resources/r-fixtures"
fmt <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", ifelse(is.nan(x), "NaN", sprintf("%.17g", x)))
rd <- function(name) read.csv(file.path(out, paste0(name, ".csv")), stringsAsFactors = FALSE, check.names = FALSE)
reps <- rd("rep-cases")
repargs <- function(case) list(scale = as.numeric(reps$scale[reps$case == case][1]),
                               rscales = as.numeric(strsplit(reps$rscales[reps$case == case][1], ";")[[1]]))
jk1 <- repargs("jk1"); boot <- repargs("boot")
designs <- list(
  list(case = "strat-fpc", data = "apistrat", lonely = "fail", weights = "pw", strata = "stype", cluster = "", fpc = "fpc", reptype = "",
       des = function(d) svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = d)),
  list(case = "clus2-fpc", data = "apiclus2", lonely = "fail", weights = "pw", strata = "", cluster = "dnum+snum", fpc = "fpc1+fpc2", reptype = "",
       des = function(d) svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = d)),
  list(case = "jk1", data = "rep-jk1", lonely = "fail", weights = "pw", strata = "", cluster = "", fpc = "", reptype = "JK1",
       des = function(d) svrepdesign(data = d, repweights = "rep[0-9]+", weights = ~pw, type = "JK1",
                                     combined.weights = TRUE, scale = jk1$scale, rscales = jk1$rscales)),
  list(case = "boot", data = "rep-boot", lonely = "fail", weights = "pw", strata = "", cluster = "", fpc = "", reptype = "bootstrap",
       des = function(d) svrepdesign(data = d, repweights = "rep[0-9]+", weights = ~pw, type = "bootstrap",
                                     combined.weights = TRUE, scale = boot$scale, rscales = boot$rscales)))
rows <- list()
add <- function(D, des, stat, var, by, val, est, se, lo, hi, n, df, extra = "") {
  rows[[length(rows) + 1]] <<- data.frame(case = D$case, data = D$data, weights = D$weights, strata = D$strata,
    cluster = D$cluster, fpc = D$fpc, nest = FALSE, lonely = D$lonely, reptype = D$reptype, rho = "", mse = FALSE,
    scale = if (D$reptype == "") "" else fmt(des$scale),
    rscales = if (D$reptype == "") "" else paste(fmt(des$rscales), collapse = ";"),
    statistic = stat, variable = var, by = by, by_value = val, probability = extra,
    estimate = fmt(est), se = fmt(se), ci_low = fmt(lo), ci_high = fmt(hi), n = n, df = fmt(df),
    stringsAsFactors = FALSE)
}
for (D in designs) {
  options(survey.lonely.psu = D$lonely)
  d <- rd(D$data)
  des <- suppressWarnings(D$des(d))
  doms <- list(list(by = "", val = "", keep = rep(TRUE, nrow(d))))
  for (v in sort(unique(d$stype))) doms[[length(doms) + 1]] <- list(by = "stype", val = v, keep = d$stype == v)
  for (dom in doms) {
    for (v in c("api00", "acs.46", "enroll")) {
      ok <- dom$keep & !is.na(d[[v]])
      if (sum(ok) == 0) next # R stops: no value to take a quantile of
      q <- tryCatch(svyquantile(as.formula(paste0("~`", v, "`")), des[dom$keep, ], c(0.1, 0.25, 0.5, 0.9), ci = TRUE, na.rm = TRUE)[[1]],
                    error = function(e) { message(D$case, " ", v, " ", dom$val, ": ", conditionMessage(e)); NULL })
      if (is.null(q)) next
      for (k in seq_len(nrow(q)))
        add(D, des, "quantile", v, dom$by, dom$val, q[k, 1], q[k, 4], q[k, 2], q[k, 3], sum(ok), degf(des[ok, ]),
            rownames(q)[k])
    }
    if (D$reptype != "") for (pr in list(c("api00", "enroll"), c("acs.46", "enroll"))) {
      ok <- dom$keep & !is.na(d[[pr[1]]]) & !is.na(d[[pr[2]]])
      if (sum(ok) == 0) next
      r <- svyratio(as.formula(paste0("~`", pr[1], "`")), as.formula(paste0("~`", pr[2], "`")), des[ok, ])
      ci <- confint(r)
      add(D, des, "ratio", paste0(pr[1], "/", pr[2]), dom$by, dom$val, coef(r)[1], SE(r)[1], ci[1, 1], ci[1, 2],
          sum(ok), degf(des[ok, ]))
    }
  }
}
write.csv(do.call(rbind, rows), file.path(out, "analysis-cases.csv"), row.names = FALSE)
cat("wrote", length(rows), "analysis cases\n")
