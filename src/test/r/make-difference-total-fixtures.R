# Reference values for `hrvstat estimate --total X --by A --contrast A=V1-V2` (issue 17): the
# difference of two groups' totals, svyby(~X, ~A, design, svytotal, covmat = TRUE, na.rm = TRUE)
# then svycontrast; interval and p on t with degf(design), as for the means (CLI.md). Rows where X
# is missing count in no group's total (na.rm), so they get the group NA (na.rm.by), as in
# make-difference-fixtures.R. Designs: stratified with FPC, two-stage with FPC, JK1.
# Run from the repository root:  Rscript src/test/r/make-difference-total-fixtures.R
# Writes src/test/resources/r-fixtures/difference-totals.csv (columns as differences.csv).
suppressMessages(library(survey))
out <- "src/test/resources/r-fixtures"
fmt <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", ifelse(is.nan(x), "NaN", sprintf("%.17g", x)))
rd <- function(name) read.csv(file.path(out, paste0(name, ".csv")), stringsAsFactors = FALSE, check.names = FALSE)
reps <- rd("rep-cases")
jk1_scale <- as.numeric(reps$scale[reps$case == "jk1"][1])
jk1_rscales <- as.numeric(strsplit(reps$rscales[reps$case == "jk1"][1], ";")[[1]])
designs <- list(
  list(case = "strat-fpc", data = "apistrat", strata = "stype", cluster = "", fpc = "fpc", reptype = "",
       des = function(d) svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = d)),
  list(case = "clus2-fpc", data = "apiclus2", strata = "", cluster = "dnum+snum", fpc = "fpc1+fpc2", reptype = "",
       des = function(d) svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = d)),
  list(case = "jk1", data = "rep-jk1", strata = "", cluster = "", fpc = "", reptype = "JK1",
       des = function(d) svrepdesign(data = d, repweights = "rep[0-9]+", weights = ~pw, type = "JK1",
                                     combined.weights = TRUE, scale = jk1_scale, rscales = jk1_rscales)))
rows <- list()
for (D in designs) for (v in c("enroll", "acs.46")) {
  d <- rd(D$data)
  d$.g <- ifelse(is.na(d[[v]]), NA, as.character(d$stype))
  d$.y <- d[[v]]
  des <- suppressWarnings(D$des(d))
  b <- svyby(~.y, ~.g, des, svytotal, covmat = TRUE, na.rm = TRUE, na.rm.by = TRUE)
  groups <- as.character(b$.g)
  df <- degf(des)
  for (i in seq_along(groups)) for (j in seq_along(groups)) {
    if (i >= j) next
    cvec <- rep(0, length(groups)); cvec[i] <- 1; cvec[j] <- -1
    con <- svycontrast(b, cvec)
    est <- coef(con)[[1]]; se <- SE(con)[[1]]; tq <- qt(0.975, df)
    rows[[length(rows) + 1]] <- data.frame(case = D$case, data = D$data, weights = "pw", strata = D$strata,
      cluster = D$cluster, fpc = D$fpc, nest = FALSE, lonely = "fail", reptype = D$reptype, rho = "", mse = FALSE,
      scale = if (D$reptype == "") "" else fmt(des$scale),
      rscales = if (D$reptype == "") "" else paste(fmt(des$rscales), collapse = ";"),
      statistic = "total", variable = v, by = "stype", group1 = groups[i], group2 = groups[j],
      estimate = fmt(est), se = fmt(se), ci_low = fmt(est - tq * se), ci_high = fmt(est + tq * se), df = df,
      p = fmt(2 * pt(-abs(est / se), df)), stringsAsFactors = FALSE)
  }
}
write.csv(do.call(rbind, rows), file.path(out, "difference-totals.csv"), row.names = FALSE)
cat("wrote", length(rows), "differences of totals\n")
