# Reference values for the Rao-Scott test of association (issue 17 item 3), R survey 4.x:
# svychisq(~A + B, design) with its default statistic = "F", on stratified with FPC, one-stage
# cluster and two-stage with FPC designs, JK1 and bootstrap; one table with missing values (acs46hi).
# Run from the repository root:  Rscript src/test/r/make-chisq-fixtures.R
# Reads the rows of make-survey-fixtures.R; writes src/test/resources/r-fixtures/chisq-cases.csv.
suppressMessages(library(survey))
out <- "src/test/resources/r-fixtures"
fmt <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", ifelse(is.nan(x), "NaN", sprintf("%.17g", x)))
rd <- function(name) read.csv(file.path(out, paste0(name, ".csv")), stringsAsFactors = FALSE, check.names = FALSE)
designs <- list(
  list(case = "strat-fpc", data = "apistrat", weights = "pw", strata = "stype", cluster = "", fpc = "fpc",
       des = function(d) svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = d)),
  list(case = "clus1", data = "apiclus1", weights = "pw", strata = "", cluster = "dnum", fpc = "",
       des = function(d) svydesign(ids = ~dnum, weights = ~pw, data = d)),
  list(case = "clus2-fpc", data = "apiclus2", weights = "pw", strata = "", cluster = "dnum+snum", fpc = "fpc1+fpc2",
       des = function(d) svydesign(ids = ~dnum + snum, weights = ~pw, fpc = ~fpc1 + fpc2, data = d)))
tables <- list(c("stype", "awards01"), c("stype", "acs46hi"), c("both", "yrrnd01"), c("stype", "both"))
rows <- list()
for (D in designs) {
  d <- rd(D$data)
  des <- D$des(d)
  for (tb in tables) {
    f <- as.formula(paste("~", tb[1], "+", tb[2]))
    if (length(unique(na.omit(d[[tb[1]]]))) < 2 || length(unique(na.omit(d[[tb[2]]]))) < 2) next
    s <- svychisq(f, des)
    x2 <- suppressWarnings(chisq.test(svytable(f, des, Ntotal = nrow(d)), correct = FALSE))$statistic
    rows[[length(rows) + 1]] <- data.frame(case = D$case, data = D$data, weights = D$weights, strata = D$strata,
      cluster = D$cluster, fpc = D$fpc, nest = FALSE, lonely = "fail", a = tb[1], b = tb[2],
      f = fmt(s$statistic), ndf = fmt(s$parameter[[1]]), ddf = fmt(s$parameter[[2]]), p = fmt(s$p.value),
      pearson = fmt(x2), stringsAsFactors = FALSE)
  }
}
# replicate designs (svychisq.svyrep.design: V from the replicates, nu = degf(design))
reps <- rd("rep-cases")
for (case in c("jk1", "boot")) {
  d <- rd(paste0("rep-", case))
  des <- svrepdesign(data = d, repweights = "rep[0-9]+", weights = ~pw, combined.weights = TRUE,
                     type = if (case == "jk1") "JK1" else "bootstrap",
                     scale = as.numeric(reps$scale[reps$case == case][1]),
                     rscales = as.numeric(strsplit(reps$rscales[reps$case == case][1], ";")[[1]]))
  for (tb in list(c("stype", "awards01"), c("stype", "acs46hi"))) {
    f <- as.formula(paste("~", tb[1], "+", tb[2]))
    s <- svychisq(f, des)
    x2 <- suppressWarnings(chisq.test(svytable(f, des, Ntotal = nrow(d)), correct = FALSE))$statistic
    rows[[length(rows) + 1]] <- data.frame(case = case, data = paste0("rep-", case), weights = "pw", strata = "",
      cluster = "", fpc = "", nest = FALSE, lonely = "fail", a = tb[1], b = tb[2],
      f = fmt(s$statistic), ndf = fmt(s$parameter[[1]]), ddf = fmt(s$parameter[[2]]), p = fmt(s$p.value),
      pearson = fmt(x2), stringsAsFactors = FALSE)
  }
}
write.csv(do.call(rbind, rows), file.path(out, "chisq-cases.csv"), row.names = FALSE)
cat("wrote", length(rows), "tests\n")
