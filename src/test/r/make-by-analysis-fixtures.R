# Reference values for `hrvstat estimate --glm` and `--chisq` under `--by` (issue 17): per domain
# d of the --by column, R survey 4.x's svyglm(formula, subset(design, by == d), family) and
# svychisq(~A + B, subset(design, by == d)) (statistic "F"). R's subset of a design drops the
# other rows but keeps each stratum's sampled PSU count (fpc$sampsize), so the variance is the
# domain estimator's; a replicate design's subset recomputes degf() on the rows it keeps.
# Designs: stratified with FPC (apistrat), two-stage with FPC and a covariate with missing values
# (apiclus2, acs.46 missing on 30 rows), JK1 replicates (rep-jk1).
# Run from the repository root:  Rscript src/test/r/make-by-analysis-fixtures.R
# Reads the rows of make-survey-fixtures.R / make-replicate-fixtures.R; writes
# src/test/resources/r-fixtures/by-analysis-cases.csv.
suppressMessages(library(survey))
out <- "src/test/resources/r-fixtures"
fmt <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", ifelse(is.nan(x), "NaN", sprintf("%.17g", x)))
rd <- function(name) {
  d <- read.csv(file.path(out, paste0(name, ".csv")), stringsAsFactors = FALSE, check.names = FALSE)
  names(d) <- sub("acs.46", "acs46", names(d), fixed = TRUE) # a name R's formula reads as itself
  d
}
fam <- function(name) switch(name, gaussian = gaussian(), quasibinomial = quasibinomial(), quasipoisson = quasipoisson())
reps <- read.csv(file.path(out, "rep-cases.csv"), stringsAsFactors = FALSE)
designs <- list(
  list(case = "strat-fpc", data = "apistrat", weights = "pw", strata = "stype", cluster = "", fpc = "fpc", by = "both",
       des = function(d) svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = d),
       glm = list(c("gaussian", "api00 ~ meals + acs.46"), c("quasibinomial", "yrrnd01 ~ meals")),
       chisq = list(c("stype", "acs46hi"))),
  list(case = "clus2-fpc", data = "apiclus2", weights = "pw", strata = "", cluster = "dnum+snum", fpc = "fpc1+fpc2",
       by = "both",
       des = function(d) svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = d),
       glm = list(c("gaussian", "api00 ~ meals + acs.46"), c("quasipoisson", "enroll ~ meals + acs.46")),
       chisq = list(c("stype", "awards01"), c("stype", "acs46hi"))),
  list(case = "jk1", data = "rep-jk1", weights = "pw", strata = "", cluster = "", fpc = "", by = "awards01",
       des = function(d) svrepdesign(data = d, repweights = "rep[0-9]+", weights = ~pw, combined.weights = TRUE,
                                     type = "JK1", scale = as.numeric(reps$scale[reps$case == "jk1"][1]),
                                     rscales = as.numeric(strsplit(reps$rscales[reps$case == "jk1"][1], ";")[[1]])),
       glm = list(c("gaussian", "api00 ~ acs.46 + enroll")),
       chisq = list(c("stype", "acs46hi"))))
rows <- list()
row <- function(D, v, kind, family, formula, term, estimate, se, ci_low, ci_high, df, p, n) {
  data.frame(case = D$case, data = D$data, weights = D$weights, strata = D$strata, cluster = D$cluster, fpc = D$fpc,
             nest = FALSE, lonely = "fail", by = D$by, by_value = v, kind = kind, family = family, formula = formula,
             term = term, estimate = fmt(estimate), se = fmt(se), ci_low = fmt(ci_low), ci_high = fmt(ci_high),
             df = fmt(df), p = fmt(p), n = n, stringsAsFactors = FALSE)
}
for (D in designs) {
  d <- rd(D$data)
  des <- D$des(d)
  for (v in sort(unique(na.omit(d[[D$by]])))) {
    sub <- eval(bquote(subset(des, .(as.name(D$by)) == .(v))))
    for (M in D$glm) {
      m <- svyglm(as.formula(sub("acs.46", "acs46", M[2], fixed = TRUE)), sub, family = fam(M[1]))
      s <- coef(summary(m))
      tq <- qt(0.975, m$df.residual)
      for (k in seq_len(nrow(s))) {
        rows[[length(rows) + 1]] <- row(D, v, "glm", M[1], M[2], sub("acs46", "acs.46", rownames(s)[k], fixed = TRUE),
          s[k, 1], s[k, 2], s[k, 1] - tq * s[k, 2], s[k, 1] + tq * s[k, 2], m$df.residual, s[k, 4], length(m$y))
      }
    }
    for (tb in D$chisq) {
      a <- sub("acs.46", "acs46", tb[1], fixed = TRUE)
      b <- sub("acs.46", "acs46", tb[2], fixed = TRUE)
      dv <- d[!is.na(d[[D$by]]) & d[[D$by]] == v, ]
      if (length(unique(na.omit(dv[[a]]))) < 2 || length(unique(na.omit(dv[[b]]))) < 2) next
      t <- svychisq(as.formula(paste("~", a, "+", b)), sub)
      rows[[length(rows) + 1]] <- row(D, v, "chisq", "", paste0(tb[1], "+", tb[2]), "", t$statistic, NA, NA, NA,
        t$parameter[[2]], t$p.value, sum(!is.na(dv[[a]]) & !is.na(dv[[b]])))
    }
  }
}
write.csv(do.call(rbind, rows), file.path(out, "by-analysis-cases.csv"), row.names = FALSE)
cat("wrote", length(rows), "rows\n")
