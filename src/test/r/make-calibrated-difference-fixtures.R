# Reference values for differences between two groups of one CALIBRATED design, R survey 4.x:
# svyby(~Y, ~GROUP, design, svymean, covmat = TRUE, na.rm = TRUE) then svycontrast(c(1, -1)) for
# every pair of groups; df = degf(design), p = 2 pt(-|est / se|, df), interval est -/+ qt(0.975, df) se.
# Proportions are the means of 0/1 items.
# The designs are those of make-calibration-fixtures.R (same data, margins, calls and options):
# calibrate() linear / raking / logit with bounds / bounded linear / interaction margins / a
# trimmed raking, postStratify(), and the share-margin calibrations, on apistrat (stratified, FPC)
# and apiclus1 (one-stage cluster, FPC). rake() and trimWeights() on the design weights are left
# out (their fixtures check the weights only). Each rebuilt design's weights are checked against
# that script's weights.csv before anything is written.
# Breakdowns: stype (3 groups) and stype.sch = stype "." sch.wide (6 groups, crossing the margins).
# Items: api00 (mean) and awards01 (proportion), each as it is and with y missing where
# snum %% 13 == 0 (column na_snum_mod). svyby(covmat = TRUE, na.rm = TRUE) stops in survey 4.1.1
# when Y has missing values, so, as make-difference-fixtures.R does, a row where Y is missing gets
# group NA and na.rm.by = TRUE; the group means are checked against
# svymean(~Y, subset(design, GROUP == g), na.rm = TRUE).
# svyby(covmat = TRUE) also stops on every calibrated design in survey 4.1.1 (Debian's
# r-cran-survey): a subset of a calibrated design keeps all its rows (weight 0 outside), so each
# group's influence values are as long as the design, not as the group ("number of items to
# replace is not a multiple of replacement length"). Later survey versions fix that in
# svyby.survey.design2 (subset_drops_rows(); tests/by_covmat_nodrop.R): where subsets keep their
# rows, a group's column of the influence matrix is its influence values on its own rows. Where
# the installed survey lacks that fix, this script makes the same one-line change in the session.
# Every difference is also checked against the variance R gives the difference's own influence
# values, svyrecvar(z_g - z_h, ..., postStrata = design$postStrata), without svyby.
# Left out: a row whose standard error R makes as rounding noise (0 < se < 1e-10), which happens
# where the calibration fixes both groups' estimates exactly (awards01 within stype when
# stype x awards is a margin); its relative error means nothing. The script prints which. Kept:
# a difference of two groups where the item is constant (awards01 is 0 wherever sch.wide is No),
# whose se is exactly 0 in R and p NaN (0 / 0).
# Run from the repository root:  Rscript src/test/r/make-calibrated-difference-fixtures.R
# Writes src/test/resources/r-fixtures/calibration/differences.csv.
suppressMessages(library(survey))
source("src/test/r/calibration-fixture-data.R") # fmt(), prep(), share_margin_design()
invisible(Sys.setlocale("LC_COLLATE", "C")) # group order as Java's String order
out <- "src/test/resources/r-fixtures/calibration"
data(api)
apistrat <- prep(apistrat); apiclus1 <- prep(apiclus1); apipop <- prep(apipop)
# the committed rows are these rows, in this order
for (nm in c("apistrat", "apiclus1")) {
  committed <- read.csv(file.path(out, paste0(nm, ".csv")), colClasses = c(cds = "character"))
  stopifnot(identical(committed$cds, as.character(get(nm)$cds)), all(committed$api00 == get(nm)$api00))
}

pop_stype <- table(stype = apipop$stype)
pop_schwide <- table(sch.wide = apipop$sch.wide)
pop_awards <- table(awards = apipop$awards)
pop_stype_awards <- xtabs(~ stype + awards, apipop)

designs <- list(
  apistrat = svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat),
  apiclus1 = svydesign(ids = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1))
margin_formula <- list(stype = ~stype, sch.wide = ~sch.wide, awards = ~awards, stype_awards = ~stype + awards)
margin_pop <- list(stype = pop_stype, sch.wide = pop_schwide, awards = pop_awards, stype_awards = pop_stype_awards)

cases <- read.csv(file.path(out, "cases.csv"), colClasses = "character")
fixture_weights <- read.csv(file.path(out, "weights.csv"), stringsAsFactors = FALSE)

# the calibrated design of one case of cases.csv, made as make-calibration-fixtures.R makes it
build <- function(c) {
  data <- c$data
  num <- function(s) as.numeric(strsplit(s, ",")[[1]])
  margins <- strsplit(c$margins, "+", fixed = TRUE)[[1]]
  if (c$method %in% c("linear", "raking", "logit")) {
    bounds <- if (c$bounds == "") c(-Inf, Inf) else num(c$bounds)
    des <- calibrate(designs[[data]], unname(margin_formula[margins]), unname(margin_pop[margins]),
                     calfun = c$method, bounds = bounds, epsilon = as.numeric(c$epsilon),
                     maxit = as.numeric(c$maxit))
    if (c$trim != "") des <- trimWeights(des, lower = num(c$trim)[1], upper = num(c$trim)[2])
    return(des)
  }
  if (c$method == "poststratify") {
    return(postStratify(designs[[data]], margin_formula[[margins]], as.data.frame(margin_pop[[margins]])))
  }
  if (startsWith(c$method, "shares-")) { # share_case() of make-calibration-fixtures.R
    m <- share_margin_design(designs[[data]], pop_stype, pop_stype_awards)
    return(calibrate(m$design, ~stype + xE + xH + xM, m$pop, calfun = sub("shares-", "", c$method)))
  }
  NULL # rake, trim: not calibrated designs with residuals
}

items <- list(c("api00", "mean", ""), c("api00", "mean", "13"),
              c("awards01", "proportion", ""), c("awards01", "proportion", "13"))
bys <- c("stype", "stype.sch")
rows <- list(); dropped <- character(0)
# upstream's fix of svyby(covmat = TRUE) for calibrated designs, where survey lacks it (see above)
if (!exists("subset_drops_rows", envir = asNamespace("survey"), inherits = FALSE)) {
  src <- deparse(survey:::svyby.survey.design2)
  at <- grep("inflmats[[i]][idxs[[i]], ] <- infs[[i]]", src, fixed = TRUE)
  stopifnot(length(at) == 1)
  src[at] <- sub("<- infs[[i]]", paste("<- if (is.pps(design) || is.calibrated(design))",
                                       "infs[[i]][idxs[[i]], , drop = FALSE] else infs[[i]]"), src[at], fixed = TRUE)
  fixed <- eval(parse(text = src))
  environment(fixed) <- asNamespace("survey")
  assignInNamespace("svyby.survey.design2", fixed, "survey")
  cat("survey", format(packageVersion("survey")), "lacks the fix of svyby(covmat = TRUE) on calibrated designs: applied\n")
}
options(survey.lonely.psu = "fail")
for (k in seq_len(nrow(cases))) {
  cs <- cases[k, ]
  des <- build(cs)
  if (is.null(des)) next
  w <- fixture_weights$weight[fixture_weights$case == cs$case]
  stopifnot(length(w) == length(weights(des)), max(abs(weights(des) - w) / abs(w)) < 1e-12)
  df <- degf(des)
  tq <- qt(0.975, df)
  v0 <- des$variables
  for (it in items) for (by in bys) {
    y <- v0[[it[1]]]
    if (it[3] != "") y[v0$snum %% as.numeric(it[3]) == 0] <- NA
    g <- if (by == "stype") as.character(v0$stype) else paste(v0$stype, v0$sch.wide, sep = ".")
    g[is.na(y)] <- NA
    d <- update(des, .y = y, .g = g)
    b <- svyby(~.y, ~.g, d, svymean, covmat = TRUE, na.rm = TRUE, na.rm.by = TRUE)
    groups <- as.character(b$.g)
    stopifnot(identical(groups, sort(unique(g[!is.na(g)]))))
    for (i in seq_along(groups)) {
      m <- svymean(~.y, subset(d, .g == groups[i]), na.rm = TRUE)
      stopifnot(isTRUE(all.equal(coef(b)[[i]], coef(m)[[1]], tolerance = 1e-13)),
                isTRUE(all.equal(SE(b)[[i]], SE(m)[[1]], tolerance = 1e-10)))
    }
    for (i in seq_along(groups)) for (j in seq_along(groups)) {
      if (i >= j) next
      cvec <- rep(0, length(groups)); cvec[i] <- 1; cvec[j] <- -1
      con <- svycontrast(b, cvec)
      est <- coef(con)[[1]]; se <- SE(con)[[1]]
      zi <- attr(svymean(~.y, subset(d, .g == groups[i]), na.rm = TRUE, influence = TRUE), "influence")
      zj <- attr(svymean(~.y, subset(d, .g == groups[j]), na.rm = TRUE, influence = TRUE), "influence")
      direct <- sqrt(svyrecvar(zi - zj, d$cluster, d$strata, d$fpc, postStrata = d$postStrata)[1, 1])
      stopifnot(abs(direct - se) <= 1e-10 * se + 1e-15)
      what <- paste(cs$case, it[2], it[1], if (it[3] == "") "" else paste0("na%", it[3]), by, groups[i], groups[j])
      if (se > 0 && se < 1e-10) {
        dropped <- c(dropped, paste(what, "se", fmt(se)))
        next
      }
      rows[[length(rows) + 1]] <- data.frame(case = cs$case, data = cs$data, strata = cs$strata,
        cluster = cs$cluster, fpc = cs$fpc, method = cs$method, margins = cs$margins, bounds = cs$bounds,
        trim = cs$trim, epsilon = cs$epsilon, maxit = cs$maxit,
        statistic = it[2], variable = it[1], na_snum_mod = it[3], by = by,
        group1 = groups[i], group2 = groups[j],
        estimate = fmt(est), se = fmt(se), ci_low = fmt(est - tq * se), ci_high = fmt(est + tq * se),
        df = df, p = fmt(2 * pt(-abs(est / se), df)), stringsAsFactors = FALSE)
    }
  }
}
write.csv(do.call(rbind, rows), file.path(out, "differences.csv"), row.names = FALSE)
cat("wrote", length(rows), "differences\n")
if (length(dropped) > 0) cat("left out (se is rounding noise):", dropped, sep = "\n  ")
