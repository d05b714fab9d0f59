# Reference values for hrvstat's calibration core (se.hrvstat.survey.weight, hrvstat calibrate),
# computed with R's survey package on its api data.
# Run from the repository root:  Rscript src/test/r/make-calibration-fixtures.R
# Writes src/test/resources/r-fixtures/calibration/:
#   apistrat.csv, apiclus1.csv   the input rows (row order = the order of the weights below)
#   population.csv               register counts from apipop in the format of EXCHANGE.md 1.3,
#                                generalised (margin, one column per variable, count)
#   cases.csv                    one row per case: data, design, method, margins, options
#   weights.csv                  case, row (1-based), weight: weights(design) after the case
#   estimates.csv                case, statistic, variable, domain, estimate, se on the result
# Tests never need R: the CSV files are committed. Needs survey and MASS (grake uses MASS::ginv;
# Debian: apt-get install r-cran-survey r-cran-mass).
suppressMessages(library(survey))
source("src/test/r/calibration-fixture-data.R") # fmt(), prep(), share_margin_design()
out <- "src/test/resources/r-fixtures/calibration"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
data(api)
apistrat <- prep(apistrat); apiclus1 <- prep(apiclus1); apipop <- prep(apipop)
keep <- c("cds", "stype", "sch.wide", "awards", "snum", "dnum", "pw", "fpc", "api00", "enroll", "awards01")
write.csv(apistrat[, keep], file.path(out, "apistrat.csv"), row.names = FALSE, na = "")
write.csv(apiclus1[, keep], file.path(out, "apiclus1.csv"), row.names = FALSE, na = "")

# population margins, EXCHANGE.md 1.3 generalised
pop_stype <- table(stype = apipop$stype)
pop_schwide <- table(sch.wide = apipop$sch.wide)
pop_awards <- table(awards = apipop$awards)
pop_stype_awards <- xtabs(~ stype + awards, apipop)
p <- rbind(
  data.frame(margin = "stype", stype = names(pop_stype), sch.wide = "", awards = "", count = as.vector(pop_stype)),
  data.frame(margin = "sch.wide", stype = "", sch.wide = names(pop_schwide), awards = "", count = as.vector(pop_schwide)),
  data.frame(margin = "awards", stype = "", sch.wide = "", awards = names(pop_awards), count = as.vector(pop_awards)),
  data.frame(margin = "stype_awards", stype = rep(rownames(pop_stype_awards), 2),
             sch.wide = "", awards = rep(colnames(pop_stype_awards), each = 3), count = as.vector(pop_stype_awards)))
write.csv(p, file.path(out, "population.csv"), row.names = FALSE)

designs <- list(
  apistrat = svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat),
  apiclus1 = svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1))
design_spec <- list(apistrat = c(strata = "stype", cluster = "", fpc = "fpc"),
                    apiclus1 = c(strata = "", cluster = "dnum", fpc = "fpc"))
margin_formula <- list(stype = ~stype, sch.wide = ~sch.wide, awards = ~awards, stype_awards = ~stype + awards)
margin_pop <- list(stype = pop_stype, sch.wide = pop_schwide, awards = pop_awards, stype_awards = pop_stype_awards)

cases <- list(); wrows <- list(); erows <- list()
record <- function(case, data, method, margins, des, bounds = "", trim = "", epsilon = "", maxit = "", strict = "") {
  s <- design_spec[[data]]
  cases[[length(cases) + 1]] <<- data.frame(case = case, data = data, strata = s[["strata"]], cluster = s[["cluster"]],
    fpc = s[["fpc"]], method = method, margins = paste(margins, collapse = "+"), bounds = bounds, trim = trim,
    epsilon = epsilon, maxit = maxit, strict = strict)
  wrows[[length(wrows) + 1]] <<- data.frame(case = case, row = seq_along(weights(des)), weight = fmt(weights(des)))
  for (v in c("api00", "enroll", "awards01")) {
    m <- svymean(as.formula(paste0("~", v)), des, na.rm = TRUE)
    erows[[length(erows) + 1]] <<- data.frame(case = case, statistic = "mean", variable = v, domain = "",
      estimate = fmt(coef(m)[1]), se = fmt(SE(m)[1]))
    t <- svytotal(as.formula(paste0("~", v)), des, na.rm = TRUE)
    erows[[length(erows) + 1]] <<- data.frame(case = case, statistic = "total", variable = v, domain = "",
      estimate = fmt(coef(t)[1]), se = fmt(SE(t)[1]))
  }
  for (s in c("E", "M")) { # a domain: the residuals cover all rows of the calibrated design
    m <- svymean(~api00, subset(des, stype == s))
    erows[[length(erows) + 1]] <<- data.frame(case = case, statistic = "mean", variable = "api00",
      domain = paste0("stype=", s), estimate = fmt(coef(m)[1]), se = fmt(SE(m)[1]))
  }
}
cal <- function(case, data, margins, calfun, bounds = c(-Inf, Inf), epsilon = 1e-7, maxit = 50, trim = NULL) {
  des <- calibrate(designs[[data]], unname(margin_formula[margins]), unname(margin_pop[margins]), calfun = calfun,
                   bounds = bounds, epsilon = epsilon, maxit = maxit)
  b <- if (all(is.infinite(bounds))) "" else paste(fmt(bounds), collapse = ",")
  if (!is.null(trim)) des <- trimWeights(des, lower = trim[1], upper = trim[2])
  record(case, data, calfun, margins, des, bounds = b, epsilon = fmt(epsilon), maxit = maxit,
         trim = if (is.null(trim)) "" else paste(fmt(trim), collapse = ","))
}
cal("strat-linear", "apistrat", c("stype", "sch.wide"), "linear")
cal("strat-raking", "apistrat", c("stype", "sch.wide"), "raking")
cal("strat-logit", "apistrat", c("stype", "sch.wide"), "logit", bounds = c(0.5, 2.5))
cal("strat-linear-bounded", "apistrat", c("stype", "sch.wide"), "linear", bounds = c(0.9, 1.3))
cal("strat-raking-interaction", "apistrat", c("stype_awards", "sch.wide"), "raking")
cal("clus1-linear", "apiclus1", c("stype", "sch.wide", "awards"), "linear")
cal("clus1-raking", "apiclus1", c("stype", "sch.wide", "awards"), "raking")
cal("clus1-raking-eps", "apiclus1", c("stype", "sch.wide"), "raking", epsilon = 1e-3)
cal("clus1-logit", "apiclus1", c("stype_awards", "sch.wide"), "logit", bounds = c(0.4, 1.8))
cal("clus1-linear-interaction", "apiclus1", c("stype_awards", "sch.wide"), "linear")
cal("clus1-raking-trim", "apiclus1", c("stype", "sch.wide"), "raking", trim = c(25, 45))

# postStratify
ps <- function(case, data, margin) {
  des <- postStratify(designs[[data]], margin_formula[[margin]], as.data.frame(margin_pop[[margin]]))
  record(case, data, "poststratify", margin, des)
}
ps("strat-poststratify", "apistrat", "stype_awards")
ps("clus1-poststratify", "apiclus1", "stype")

# rake: iterated post-stratification with R's default control (epsilon = 1 on the joint table)
rk <- function(case, data, margins) {
  des <- rake(designs[[data]], unname(margin_formula[margins]), unname(lapply(margin_pop[margins], as.data.frame)))
  record(case, data, "rake", margins, des)
}
rk("clus1-rake", "apiclus1", c("stype", "sch.wide"))
rk("strat-rake", "apistrat", c("stype", "sch.wide", "awards"))

# trimWeights on the design weights
tw <- function(case, data, lower, upper, strict) {
  des <- trimWeights(designs[[data]], lower = lower, upper = upper, strict = strict)
  record(case, data, "trim", character(0), des, trim = paste(fmt(c(lower, upper)), collapse = ","), strict = strict)
}
tw("strat-trim", "apistrat", 20, 40, FALSE)
tw("strat-trim-strict", "apistrat", 20, 40, TRUE)

# a margin applied as shares (EXCHANGE.md 1.3, the partial sex_grade margin): awards plays sex,
# with a third answer "Other" that the register lacks; stype plays grade. Within each stype the
# split No/Yes among those who answered No or Yes is calibrated to the register's split:
# sum w x = 0 with x = [stype = s]([awards = No] - share_s [awards in No, Yes]); plus the stype margin.
share_case <- function(case, data, calfun) {
  m <- share_margin_design(designs[[data]], pop_stype, pop_stype_awards)
  des <- calibrate(m$design, ~stype + xE + xH + xM, m$pop, calfun = calfun)
  record(case, data, paste0("shares-", calfun), c("stype", "stype_awards"), des)
  write.csv(data.frame(sexlike = m$sexlike), file.path(out, paste0(data, "-sexlike.csv")), row.names = FALSE)
}
share_case("strat-shares-raking", "apistrat", "raking")
share_case("strat-shares-linear", "apistrat", "linear")

write.csv(do.call(rbind, cases), file.path(out, "cases.csv"), row.names = FALSE)
write.csv(do.call(rbind, wrows), file.path(out, "weights.csv"), row.names = FALSE)
write.csv(do.call(rbind, erows), file.path(out, "estimates.csv"), row.names = FALSE)

# failures: the messages R gives (hrvstat names the margin and the misfit instead)
