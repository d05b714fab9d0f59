# Reference values for survey GLMs (issue 17 item 3), R survey 4.x: svyglm(formula, design,
# family = gaussian() / quasibinomial() / quasipoisson()) on Taylor designs (stratified with FPC,
# two-stage with FPC) and replicate designs (JK1, bootstrap), with a covariate that has missing values (rows dropped, as svyglm does).
# Per term: coef, SE (sandwich, svy.varcoef), the t-test p of summary.svyglm, df.residual, and
# confint(): R's own (through 1 - 2 pnorm(qt(a, df)), ci_*_r) and the exact est -/+ qt(1 - a, df) se.
# Also glm's iterations and whether it converged (R's rule: |dev - devold| / (|dev| + 0.1) < 1e-8).
# Run from the repository root:  Rscript src/test/r/make-glm-fixtures.R
# Reads apistrat.csv and apiclus2.csv of make-survey-fixtures.R; writes r-fixtures/glm-cases.csv.
suppressMessages(library(survey))
out <- "src/test/resources/r-fixtures"
fmt <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", ifelse(is.nan(x), "NaN", sprintf("%.17g", x)))
rd <- function(name) read.csv(file.path(out, paste0(name, ".csv")), stringsAsFactors = FALSE, check.names = FALSE)
designs <- list(
  list(case = "strat-fpc", data = "apistrat", weights = "pw", strata = "stype", cluster = "", fpc = "fpc",
       des = function(d) svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = d)),
  list(case = "clus2-fpc", data = "apiclus2", weights = "pw", strata = "", cluster = "dnum+snum", fpc = "fpc1+fpc2",
       des = function(d) svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = d)))
models <- list(c("gaussian", "api00 ~ meals + yrrnd01 + acs.46"),
               c("gaussian", "api00 ~ meals"),
               c("quasibinomial", "awards01 ~ meals + api99 + acs.46"),
               c("quasibinomial", "awards01 ~ yrrnd01"),
               c("quasipoisson", "enroll ~ meals + yrrnd01 + acs.46"))
rows <- list()
for (D in designs) {
  d <- rd(D$data)
  names(d) <- sub("acs.46", "acs46", names(d), fixed = TRUE) # a name R's formula reads as itself
  des <- D$des(d)
  for (M in models) {
    f <- as.formula(sub("acs.46", "acs46", M[2], fixed = TRUE))
    fam <- switch(M[1], gaussian = gaussian(), quasibinomial = quasibinomial(), quasipoisson = quasipoisson())
    m <- svyglm(f, des, family = fam)
    s <- coef(summary(m))
    ci <- confint(m)
    tq <- qt(0.975, m$df.residual)
    for (k in seq_len(nrow(s))) {
      rows[[length(rows) + 1]] <- data.frame(case = D$case, data = D$data, weights = D$weights, strata = D$strata,
        cluster = D$cluster, fpc = D$fpc, nest = FALSE, lonely = "fail", family = M[1], formula = M[2],
        term = sub("acs46", "acs.46", rownames(s)[k], fixed = TRUE), estimate = fmt(s[k, 1]), se = fmt(s[k, 2]),
        ci_low = fmt(s[k, 1] - tq * s[k, 2]), ci_high = fmt(s[k, 1] + tq * s[k, 2]),
        ci_low_r = fmt(ci[k, 1]), ci_high_r = fmt(ci[k, 2]), df = m$df.residual, p = fmt(s[k, 4]),
        iterations = m$iter, converged = m$converged, n = length(m$y), stringsAsFactors = FALSE)
    }
  }
}
# replicate designs: svyglm.svyrep.design refits each replicate by glm.fit from the full fit
reps <- rd("rep-cases")
for (case in c("jk1", "boot")) {
  d <- rd(paste0("rep-", case))
  names(d) <- sub("acs.46", "acs46", names(d), fixed = TRUE)
  des <- svrepdesign(data = d, repweights = "rep[0-9]+", weights = ~pw, combined.weights = TRUE,
                     type = if (case == "jk1") "JK1" else "bootstrap",
                     scale = as.numeric(reps$scale[reps$case == case][1]),
                     rscales = as.numeric(strsplit(reps$rscales[reps$case == case][1], ";")[[1]]))
  for (M in list(c("gaussian", "api00 ~ acs.46 + enroll"), c("quasibinomial", "awards01 ~ api00 + acs.46"),
                 c("quasipoisson", "enroll ~ api00 + acs.46"))) {
    f <- as.formula(sub("acs.46", "acs46", M[2], fixed = TRUE))
    fam <- switch(M[1], gaussian = gaussian(), quasibinomial = quasibinomial(), quasipoisson = quasipoisson())
    m <- svyglm(f, des, family = fam)
    s <- coef(summary(m))
    ci <- confint(m)
    tq <- qt(0.975, m$df.residual)
    for (k in seq_len(nrow(s))) {
      rows[[length(rows) + 1]] <- data.frame(case = case, data = paste0("rep-", case), weights = "pw", strata = "",
        cluster = "", fpc = "", nest = FALSE, lonely = "fail", family = M[1], formula = M[2],
        term = sub("acs46", "acs.46", rownames(s)[k], fixed = TRUE), estimate = fmt(s[k, 1]), se = fmt(s[k, 2]),
        ci_low = fmt(s[k, 1] - tq * s[k, 2]), ci_high = fmt(s[k, 1] + tq * s[k, 2]),
        ci_low_r = fmt(ci[k, 1]), ci_high_r = fmt(ci[k, 2]), df = m$df.residual, p = fmt(s[k, 4]),
        iterations = m$iter, converged = m$converged, n = length(m$y), stringsAsFactors = FALSE)
    }
  }
}
write.csv(do.call(rbind, rows), file.path(out, "glm-cases.csv"), row.names = FALSE)
cat("wrote", length(rows), "glm terms\n")
