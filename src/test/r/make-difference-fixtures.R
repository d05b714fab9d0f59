# Reference values for differences between two groups of one design (issue 17), R survey 4.x:
# svyby(~Y, ~GROUP, design, svymean, covmat = TRUE) then svycontrast(c(1, -1)) for every pair of
# groups; df = degf(design) (CLI.md: "the design's degrees of freedom"), p = 2 pt(-|est / se|, df),
# interval est -/+ qt(1 - a, df) se. Proportions are the means of 0/1 items.
# svyby(covmat = TRUE, na.rm = TRUE) stops in survey 4.1.1 when Y has missing values (its
# influence matrix has the wrong length), so a row where Y is missing gets group NA and
# na.rm.by = TRUE: the same rows as svymean(~Y, subset(design, GROUP == g), na.rm = TRUE).
# Also R's pt() at a few points, for the public p-value helper.
# Run from the repository root:  Rscript src/test/r/make-difference-fixtures.R
# Reads the rows written by make-survey-fixtures.R and make-replicate-fixtures.R; writes
# src/test/resources/r-fixtures/differences.csv and p-values.csv.
suppressMessages(library(survey))
out <- "src/test/resources/r-fixtures"
fmt <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", ifelse(is.nan(x), "NaN", sprintf("%.17g", x)))
rd <- function(name) read.csv(file.path(out, paste0(name, ".csv")), stringsAsFactors = FALSE, check.names = FALSE)
apistrat <- rd("apistrat"); apiclus2 <- rd("apiclus2"); small <- rd("small"); jk1 <- rd("rep-jk1"); boot <- rd("rep-boot")
boot_rep <- rd("rep-cases"); boot_scale <- as.numeric(boot_rep$scale[boot_rep$case == "boot"][1])
boot_rscales <- as.numeric(strsplit(boot_rep$rscales[boot_rep$case == "boot"][1], ";")[[1]])
jk1_scale <- as.numeric(boot_rep$scale[boot_rep$case == "jk1"][1])
jk1_rscales <- as.numeric(strsplit(boot_rep$rscales[boot_rep$case == "jk1"][1], ";")[[1]])

designs <- list(
  list(case = "strat-fpc", data = "apistrat", d = apistrat, lonely = "fail",
       des = function(d) svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = d),
       weights = "pw", strata = "stype", cluster = "", fpc = "fpc", reptype = ""),
  list(case = "clus2-fpc", data = "apiclus2", d = apiclus2, lonely = "fail",
       des = function(d) svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = d),
       weights = "pw", strata = "", cluster = "dnum+snum", fpc = "fpc1+fpc2", reptype = ""),
  list(case = "small-adjust", data = "small", d = small, lonely = "adjust",
       des = function(d) svydesign(ids = ~psu, strata = ~stratum, weights = ~w, data = d),
       weights = "w", strata = "stratum", cluster = "psu", fpc = "", reptype = ""),
  list(case = "jk1", data = "rep-jk1", d = jk1, lonely = "fail",
       des = function(d) svrepdesign(data = d, repweights = "rep[0-9]+", weights = ~pw, type = "JK1",
                                     combined.weights = TRUE, scale = jk1_scale, rscales = jk1_rscales),
       weights = "pw", strata = "", cluster = "", fpc = "", reptype = "JK1"),
  list(case = "boot", data = "rep-boot", d = boot, lonely = "fail",
       des = function(d) svrepdesign(data = d, repweights = "rep[0-9]+", weights = ~pw, type = "bootstrap",
                                     combined.weights = TRUE, scale = boot_scale, rscales = boot_rscales),
       weights = "pw", strata = "", cluster = "", fpc = "", reptype = "bootstrap"))
vars <- list(apistrat = list(c("api00", "mean"), c("acs.46", "mean"), c("awards01", "proportion"), c("acs46hi", "proportion")),
             apiclus2 = list(c("api00", "mean"), c("acs.46", "mean"), c("awards01", "proportion"), c("acs46hi", "proportion")),
             small = list(c("y", "mean"), c("b", "proportion")),
             `rep-jk1` = list(c("api00", "mean"), c("acs.46", "mean"), c("acs46hi", "proportion")),
             `rep-boot` = list(c("api00", "mean"), c("acs.46", "mean"), c("acs46hi", "proportion")))
bys <- list(apistrat = c("stype", "both"), apiclus2 = c("stype"), small = c("grp"), `rep-jk1` = c("stype"), `rep-boot` = c("stype"))
rows <- list()
for (D in designs) {
  options(survey.lonely.psu = D$lonely)
  for (v in vars[[D$data]]) for (by in bys[[D$data]]) {
    d <- D$d
    d$.g <- ifelse(is.na(d[[v[1]]]), NA, as.character(d[[by]]))
    d$.y <- d[[v[1]]]
    des <- suppressWarnings(D$des(d))
    b <- svyby(~.y, ~.g, des, svymean, covmat = TRUE, na.rm = TRUE, na.rm.by = TRUE)
    groups <- as.character(b$.g)
    df <- degf(des)
    for (i in seq_along(groups)) for (j in seq_along(groups)) {
      if (i >= j) next
      cvec <- rep(0, length(groups)); cvec[i] <- 1; cvec[j] <- -1
      con <- svycontrast(b, cvec)
      est <- coef(con)[[1]]; se <- SE(con)[[1]]
      tq <- qt(0.975, df)
      rows[[length(rows) + 1]] <- data.frame(case = D$case, data = D$data, weights = D$weights,
        strata = D$strata, cluster = D$cluster, fpc = D$fpc, nest = FALSE, lonely = D$lonely, reptype = D$reptype,
        rho = "", mse = FALSE, scale = if (D$reptype == "") "" else fmt(des$scale),
        rscales = if (D$reptype == "") "" else paste(fmt(des$rscales), collapse = ";"),
        statistic = v[2], variable = v[1], by = by, group1 = groups[i], group2 = groups[j],
        estimate = fmt(est), se = fmt(se), ci_low = fmt(est - tq * se), ci_high = fmt(est + tq * se),
        df = df, p = fmt(2 * pt(-abs(est / se), df)), stringsAsFactors = FALSE)
    }
  }
}
# an independent check of the contrast on a design without missing values: svyttest's difference
# of the two groups and its SE (a gaussian svyglm on the two groups) are the same numbers
options(survey.lonely.psu = "fail")
ds <- svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat)
bt <- svyby(~api00, ~both, ds, svymean, covmat = TRUE)
ct <- svycontrast(bt, c(-1, 1))
tt <- svyttest(api00 ~ both, ds)
stopifnot(isTRUE(all.equal(as.numeric(coef(ct)), as.numeric(tt$estimate))),
          isTRUE(all.equal(as.numeric(SE(ct)), as.numeric(tt$estimate / tt$statistic))))
write.csv(do.call(rbind, rows), file.path(out, "differences.csv"), row.names = FALSE)
cat("wrote", length(rows), "differences\n")
pv <- expand.grid(t = c(0, 0.3, -1.7, 2.5, 4.2, -8, 12), df = c(1, 3, 14, 200, Inf))
pv$p <- 2 * pt(-abs(pv$t), pv$df)
write.csv(data.frame(t = fmt(pv$t), df = fmt(pv$df), p = fmt(pv$p)), file.path(out, "p-values.csv"), row.names = FALSE)
