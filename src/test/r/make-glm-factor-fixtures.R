# Reference values for `hrvstat estimate --glm` with factors (issue 17): R's model matrix of a
# text column (stringsAsFactors, treatment contrasts, levels in sorted order), of factor(numeric)
# and of a model without intercept (whose first factor gets one column per level), fitted by
# svyglm on a stratified design with FPC, a two-stage design with FPC and a JK1 replicate design.
# Same columns as glm-cases.csv (make-glm-fixtures.R).
# Run from the repository root:  Rscript src/test/r/make-glm-factor-fixtures.R
# Reads apistrat.csv, apiclus2.csv, rep-jk1.csv and rep-cases.csv; writes r-fixtures/glm-factor-cases.csv.
suppressMessages(library(survey))
Sys.setlocale("LC_COLLATE", "C") # factor levels in the order hrvstat uses (String.compareTo)
out <- "src/test/resources/r-fixtures"
fmt <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", ifelse(is.nan(x), "NaN", sprintf("%.17g", x)))
rd <- function(name) {
  d <- read.csv(file.path(out, paste0(name, ".csv")), stringsAsFactors = TRUE, check.names = FALSE)
  names(d) <- sub("acs.46", "acs46", names(d), fixed = TRUE) # a name R's formula reads as itself
  d
}
reps <- read.csv(file.path(out, "rep-cases.csv"), stringsAsFactors = FALSE)
designs <- list(
  list(case = "strat-fpc", data = "apistrat", weights = "pw", strata = "stype", cluster = "", fpc = "fpc",
       des = function(d) svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = d),
       models = list(c("gaussian", "api00 ~ meals + stype"), c("quasibinomial", "awards01 ~ stype + factor(yrrnd01)"),
                     c("gaussian", "api00 ~ meals + stype - 1"), c("quasipoisson", "enroll ~ factor(stype) + acs.46"))),
  list(case = "clus2-fpc", data = "apiclus2", weights = "pw", strata = "", cluster = "dnum+snum", fpc = "fpc1+fpc2",
       des = function(d) svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = d),
       models = list(c("gaussian", "api00 ~ meals + stype"), c("quasibinomial", "awards01 ~ stype + acs.46"))),
  list(case = "jk1", data = "rep-jk1", weights = "pw", strata = "", cluster = "", fpc = "",
       des = function(d) svrepdesign(data = d, repweights = "rep[0-9]+", weights = ~pw, combined.weights = TRUE,
                                     type = "JK1", scale = as.numeric(reps$scale[reps$case == "jk1"][1]),
                                     rscales = as.numeric(strsplit(reps$rscales[reps$case == "jk1"][1], ";")[[1]])),
       models = list(c("gaussian", "api00 ~ stype + acs.46"), c("quasibinomial", "awards01 ~ stype"))))
rows <- list()
for (D in designs) {
  des <- D$des(rd(D$data))
  for (M in D$models) {
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
write.csv(do.call(rbind, rows), file.path(out, "glm-factor-cases.csv"), row.names = FALSE)
cat("wrote", length(rows), "glm terms\n")
