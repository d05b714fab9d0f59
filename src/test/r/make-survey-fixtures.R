# Reference values for hrvstat's survey estimation core, computed with R's survey package.
# Run from the repository root:  Rscript src/test/r/make-survey-fixtures.R
# Writes src/test/resources/r-fixtures/{apistrat,apiclus1,apiclus2,small}.csv (the input rows)
# and cases.csv (one row per design x statistic x variable x domain x interval method).
# Tests never need R: the CSV files are committed.
suppressMessages(library(survey))
out <- "src/test/resources/r-fixtures"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
data(api)

fmt <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", ifelse(is.nan(x), "NaN", sprintf("%.17g", x)))

prep <- function(d) {
  d$awards01 <- as.numeric(d$awards == "Yes")
  d$yrrnd01 <- as.numeric(d$yr.rnd == "Yes")
  d$acs46hi <- ifelse(is.na(d$acs.46), NA, as.numeric(d$acs.46 > 30))
  d$zero01 <- 0
  d$one01 <- 1
  d$stype <- as.character(d$stype)
  d$both <- as.character(d$both)
  d
}
apistrat <- prep(apistrat); apiclus1 <- prep(apiclus1); apiclus2 <- prep(apiclus2)
# sampling fractions for the two stages of apiclus2 (R: fpc <= 1 is a fraction)
n1 <- length(unique(apiclus2$dnum))
apiclus2$frac1 <- n1 / apiclus2$fpc1
apiclus2$frac2 <- ave(apiclus2$snum, apiclus2$dnum, FUN = length) / apiclus2$fpc2
keep <- c("cds","stype","snum","dnum","cnum","pw","api00","api99","enroll","meals","acs.46","awards01","yrrnd01","acs46hi","zero01","one01","both")
write.csv(apistrat[, c(keep, "fpc")], file.path(out, "apistrat.csv"), row.names = FALSE, na = "")
write.csv(apiclus1[, c(keep, "fpc")], file.path(out, "apiclus1.csv"), row.names = FALSE, na = "")
write.csv(apiclus2[, c(keep, "fpc1", "fpc2", "frac1", "frac2")], file.path(out, "apiclus2.csv"), row.names = FALSE, na = "NA")

# a small constructed data set: 3 strata (A: 3 PSUs, B: 2 PSUs, C: 1 PSU = lonely),
# a census stratum variable, a tiny domain, a one-PSU domain, proportions of 0 and 1
small <- data.frame(
  stratum = c("A","A","A","A","A","A","B","B","B","B","C","C"),
  psu     = c( 1,  1,  2,  2,  3,  3,  4,  4,  5,  5,  6,  6),
  w       = c(10, 12, 11,  9, 10, 14, 20, 22, 18, 25,  5,  6),
  popA    = c(10, 10, 10, 10, 10, 10,  8,  8,  8,  8,  4,  4),
  census  = c( 3,  3,  3,  3,  3,  3,  2,  2,  2,  2,  1,  1),
  y       = c(3.5, 2.1, NA, 4.4, 5.0, 1.2, 7.7, 6.1, 3.3, NA, 2.2, 9.9),
  b       = c( 1,  0,  1,  1,  0,  NA, 0,  1,  1,  0,  1,  0),
  tiny    = c("no","no","no","yes","no","yes","no","no","no","no","no","no"),
  onepsu  = c("no","no","no","no","no","no","yes","yes","no","no","no","no"),
  grp     = c("g1","g2","g1","g2","g1","g2","g1","g2","g1","g2","g1","g2"),
  stringsAsFactors = FALSE)
small$allone <- ifelse(small$grp == "g1", 1, small$b)
write.csv(small, file.path(out, "small.csv"), row.names = FALSE, na = "")

rows <- list()
add <- function(case, data, spec, stat, var, by, byval, method, level, est, se, lo, hi, deff, n, df, exact = c(lo, hi)) {
  rows[[length(rows) + 1]] <<- data.frame(case = case, data = data,
    weights = spec$weights, strata = spec$strata, cluster = spec$cluster, fpc = spec$fpc,
    nest = spec$nest, lonely = spec$lonely, statistic = stat, variable = var,
    by = by, by_value = byval, method = method, level = fmt(level),
    estimate = fmt(est), se = fmt(se), ci_low = fmt(lo), ci_high = fmt(hi),
    deff = fmt(deff), n = n, df = fmt(df),
    ci_low_exact = fmt(exact[1]), ci_high_exact = fmt(exact[2]), stringsAsFactors = FALSE)
}
f <- function(s) if (s == "") NULL else as.formula(paste("~", s))

run <- function(case, dataname, d, spec, means, totals, props, bys, methods = c("logit","beta","mean","xlogit","asin","likelihood"), levels = c(0.95)) {
  options(survey.lonely.psu = spec$lonely)
  des <- svydesign(ids = if (spec$cluster == "") ~1 else f(spec$cluster), strata = f(spec$strata),
                   weights = f(spec$weights), fpc = f(spec$fpc), nest = spec$nest, data = d)
  doms <- list(list(by = "", val = "", keep = rep(TRUE, nrow(d))))
  for (b in bys) for (v in sort(unique(d[[b]][weights(des) != 0])))
    doms[[length(doms) + 1]] <- list(by = b, val = as.character(v), keep = !is.na(d[[b]]) & d[[b]] == v)
  for (dom in doms) for (lev in levels) {
    for (v in c(means, totals)) {
      ok <- dom$keep & !is.na(d[[v]])
      if (sum(ok) == 0) next
      sub <- des[ok, ]
      stat <- if (v %in% means) "mean" else "total"
      fun <- if (stat == "mean") svymean else svytotal
      m <- tryCatch(fun(f(v), sub, deff = TRUE), error = function(e) { message(case, " ", stat, " ", v, " ", dom$by, "=", dom$val, ": ", conditionMessage(e)); NULL })
      if (is.null(m)) next
      ci <- confint(m, level = lev)
      if (dom$by != "") { # the same through svyby, as the CLI's --by promises
        m2 <- tryCatch(svyby(f(v), f(dom$by), des, fun, na.rm = TRUE, deff = TRUE), error = function(e) NULL)
        k <- if (is.null(m2)) integer(0) else which(as.character(m2[[dom$by]]) == dom$val)
        if (length(k)) stopifnot(isTRUE(all.equal(unname(coef(m2)[k]), unname(coef(m)[1]))),
                  isTRUE(all.equal(unname(SE(m2)[k]), unname(SE(m)[1]))))
      }
      add(case, dataname, spec, stat, v, dom$by, dom$val, "", lev, coef(m)[1], SE(m)[1], ci[1, 1], ci[1, 2],
          deff(m)[1], sum(ok), degf(sub))
    }
    for (v in props) {
      ok <- dom$keep & !is.na(d[[v]])
      if (sum(ok) == 0) next
      sub <- des[ok, ]
      m <- tryCatch(svymean(f(v), sub, deff = TRUE), error = function(e) { message(case, " prop ", v, " ", dom$by, "=", dom$val, ": ", conditionMessage(e)); NULL })
      if (is.null(m)) next
      # svyciprop on the domain's design with all its rows: its df = degf(design) and, for beta,
      # nrow(design) count the rows where the item is missing too (CLI.md; issue 17)
      dsub <- des[dom$keep, ]
      for (meth in methods) {
        p <- tryCatch(svyciprop(as.formula(paste0("~I(", v, " == 1)")), dsub, method = meth, level = lev, na.rm = TRUE),
                      error = function(e) { message(case, " ", meth, " ", v, " ", dom$by, "=", dom$val, ": ", conditionMessage(e)); NULL })
        ci <- if (is.null(p)) c(NA, NA) else attr(p, "ci")
        add(case, dataname, spec, "proportion", v, dom$by, dom$val, meth, lev, coef(m)[1], SE(m)[1],
            ci[1], ci[2], deff(m)[1], sum(ok), degf(dsub), exact_ci(meth, sub, v, coef(m)[1], SE(m)[1], lev, ci, degf(dsub),
            mean(weights(sub)) / mean(weights(dsub))))
      }
    }
  }
}
# Where svyciprop is inexact, the exact value of the same definition, computed here in R:
# logit: the closed form of the intercept-only quasibinomial svyglm (R's glm stops ~1e-9 short of
#   convergence, and confint.svyglm's round trip 1 - 2 pnorm(qt(a, df)) rounds to 1 for small df);
# likelihood: the root of the profile equation 2 KL(p || mu) / phi = qt(a, df)^2 lambda
#   (confint_profile interpolates a spline through ten profile points), where phi is R's: svyglm
#   scales the prior weights by their mean over the design it is given, missing rows included,
#   residuals.svyglm by their mean over the rows kept, so phi grows by k = mean(w kept) / mean(w all);
# beta with zero variance: the limit of qbeta with infinite effective n, which is p (R gives 0.5).
exact_ci <- function(meth, sub, v, p, se, lev, ci, df, k) {
  a <- (1 - lev) / 2
  tq <- if (df > 0) qt(c(a, 1 - a), df) else c(NaN, NaN)
  if (meth == "logit") {
    if (p <= 0 || p >= 1) return(c(NaN, NaN))
    return(plogis(qlogis(p) + tq * se / (p * (1 - p))))
  }
  if (meth == "likelihood") {
    if (p <= 0 || p >= 1 || se == 0 || df <= 0) return(c(NaN, NaN))
    r <- (sub$variables[[v]] - p) / sqrt(p * (1 - p))
    phi <- coef(svyvar(~r, update(sub, r = r)))[1] * k
    target <- phi * tq[1]^2 * se^2 / (p * (1 - p))
    kl2 <- function(mu) 2 * (p * log(p / mu) + (1 - p) * log((1 - p) / (1 - mu))) - target
    # beyond the last double before 0 or 1 the end is 0 or 1
    lo <- if (kl2(1e-300) < 0) 0 else uniroot(kl2, c(1e-300, p), tol = 1e-15)$root
    hi <- if (kl2(1 - .Machine$double.eps) < 0) 1 else uniroot(kl2, c(p, 1 - .Machine$double.eps), tol = 1e-15)$root
    return(c(lo, hi))
  }
  if (meth == "beta" && se == 0 && p > 0 && p < 1 && df > 0) return(c(p, p))
  ci
}
S <- function(weights = "pw", strata = "", cluster = "", fpc = "", nest = FALSE, lonely = "fail")
  list(weights = weights, strata = strata, cluster = cluster, fpc = fpc, nest = nest, lonely = lonely)

M <- c("api00", "acs.46"); T <- c("enroll", "acs.46"); P <- c("awards01", "acs46hi", "zero01", "one01")
run("strat-fpc", "apistrat", apistrat, S(strata = "stype", fpc = "fpc"), M, T, P, c("stype", "both"), levels = c(0.95, 0.9))
run("strat", "apistrat", apistrat, S(strata = "stype"), M, T, P, c("stype"))
run("weights-only", "apistrat", apistrat, S(), M, T, P, c("stype"))
run("strat-nest", "apistrat", apistrat, S(strata = "stype", cluster = "dnum", nest = TRUE), M, T, P, c("stype"))
run("clus1-fpc", "apiclus1", apiclus1, S(cluster = "dnum", fpc = "fpc"), M, T, P, c("stype"))
run("clus1", "apiclus1", apiclus1, S(cluster = "dnum"), M, T, P, c("stype"))
run("clus2-fpc", "apiclus2", apiclus2, S(cluster = "dnum+snum", fpc = "fpc1+fpc2"), M, T, P, c("stype"))
run("clus2-frac", "apiclus2", apiclus2, S(cluster = "dnum+snum", fpc = "frac1+frac2"), M, T, P, c("stype"))
run("clus2-nofpc", "apiclus2", apiclus2, S(cluster = "dnum+snum"), M, T, P, c("stype"))
for (rule in c("remove", "adjust", "average", "certainty")) {
  run(paste0("clus1-lonely-", rule), "apiclus1", apiclus1, S(strata = "cnum", cluster = "dnum", nest = TRUE, lonely = rule), M, T, P, c("stype"))
  run(paste0("small-lonely-", rule), "small", small, S(weights = "w", strata = "stratum", cluster = "psu", lonely = rule),
      c("y"), c("y"), c("b", "allone"), c("tiny", "onepsu", "grp"))
}
run("small-fpc", "small", small, S(weights = "w", strata = "stratum", cluster = "psu", fpc = "popA", lonely = "adjust"),
    c("y"), c("y"), c("b", "allone"), c("tiny", "onepsu", "grp"))
run("small-census", "small", small, S(weights = "w", strata = "stratum", cluster = "psu", fpc = "census"),
    c("y"), c("y"), c("b"), c("grp"))
# ratios: svyratio(~Y, ~X, subset(design, domain & complete), deff = TRUE)
runRatio <- function(case, dataname, d, spec, pairs, bys) {
  options(survey.lonely.psu = spec$lonely)
  des <- svydesign(ids = if (spec$cluster == "") ~1 else f(spec$cluster), strata = f(spec$strata),
                   weights = f(spec$weights), fpc = f(spec$fpc), nest = spec$nest, data = d)
  doms <- list(list(by = "", val = "", keep = rep(TRUE, nrow(d))))
  for (b in bys) for (v in sort(unique(d[[b]][weights(des) != 0])))
    doms[[length(doms) + 1]] <- list(by = b, val = as.character(v), keep = !is.na(d[[b]]) & d[[b]] == v)
  for (dom in doms) for (pr in pairs) {
    ok <- dom$keep & !is.na(d[[pr[1]]]) & !is.na(d[[pr[2]]])
    if (sum(ok) == 0) next
    sub <- des[ok, ]
    r <- svyratio(f(paste0("`", pr[1], "`")), f(paste0("`", pr[2], "`")), sub, deff = TRUE)
    est <- coef(r)[1]; se <- SE(r)[1]; ci <- confint(r)
    add(case, dataname, spec, "ratio", paste0(pr[1], "/", pr[2]), dom$by, dom$val, "", 0.95, est, se,
        ci[1, 1], ci[1, 2], deff(r)[1], sum(ok), degf(sub))
  }
}
RP <- list(c("api00", "api99"), c("acs.46", "enroll"))
runRatio("strat-fpc", "apistrat", apistrat, S(strata = "stype", fpc = "fpc"), RP, c("stype"))
runRatio("clus1-fpc", "apiclus1", apiclus1, S(cluster = "dnum", fpc = "fpc"), RP, c("stype"))
runRatio("clus2-fpc", "apiclus2", apiclus2, S(cluster = "dnum+snum", fpc = "fpc1+fpc2"), RP, c("stype"))
runRatio("clus1-lonely-average", "apiclus1", apiclus1, S(strata = "cnum", cluster = "dnum", nest = TRUE, lonely = "average"), RP, c("stype"))
cases <- do.call(rbind, rows)
write.csv(cases, file.path(out, "cases.csv"), row.names = FALSE, na = "")
cat("wrote", nrow(cases), "cases\n")

# designs R rejects, with R's message
errs <- list()
tryE <- function(name, expr) { m <- tryCatch({ force(expr); "" }, error = function(e) conditionMessage(e)); errs[[name]] <<- m }
options(survey.lonely.psu = "fail")
tryE("lonely-fail", svymean(~y, svydesign(ids = ~psu, strata = ~stratum, weights = ~w, data = small), na.rm = TRUE))
tryE("not-nested", svydesign(ids = ~dnum, strata = ~stype, weights = ~pw, data = apistrat))
tryE("one-psu", svydesign(ids = ~one01, weights = ~pw, data = apistrat))
tryE("fpc-too-small", svydesign(ids = ~1, strata = ~stype, weights = ~pw, fpc = ~I(fpc / 100), data = apistrat))
write.csv(data.frame(case = names(errs), message = unlist(errs)), file.path(out, "errors.csv"), row.names = FALSE)
