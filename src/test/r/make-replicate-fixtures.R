# Reference values for replicate-weight designs (svrepdesign), R survey 4.x.
# Run from the repository root:  Rscript src/test/r/make-replicate-fixtures.R
# Writes src/test/resources/r-fixtures/rep-*.csv (rows with combined replicate weights rep1..repR)
# and rep-cases.csv. Intervals: svyciprop's own; likelihood has no interval on replicate designs.
suppressMessages(library(survey))
out <- "src/test/resources/r-fixtures"
data(api)
fmt <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", ifelse(is.nan(x), "NaN", sprintf("%.17g", x)))
prep <- function(d) {
  d$awards01 <- as.numeric(d$awards == "Yes")
  d$acs46hi <- ifelse(is.na(d$acs.46), NA, as.numeric(d$acs.46 > 30))
  d$stype <- as.character(d$stype)
  d
}
apistrat <- prep(apistrat); apiclus1 <- prep(apiclus1)
# pairs of schools as strata with two PSUs each, for BRR and Fay
paired <- apistrat[order(apistrat$stype, apistrat$snum), ]
paired$pair <- rep(seq_len(nrow(paired) / 2), each = 2)
set.seed(20251125)
designs <- list(
  jk1 = list(data = apiclus1, rep = as.svrepdesign(svydesign(ids = ~dnum, weights = ~pw, data = apiclus1), type = "JK1", compress = FALSE), type = "JK1"),
  jkn = list(data = apistrat, rep = as.svrepdesign(svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = apistrat), type = "JKn", compress = FALSE), type = "JKn"),
  brr = list(data = paired, rep = as.svrepdesign(svydesign(ids = ~1, strata = ~pair, weights = ~pw, data = paired), type = "BRR", compress = FALSE), type = "BRR"),
  fay = list(data = paired, rep = as.svrepdesign(svydesign(ids = ~1, strata = ~pair, weights = ~pw, data = paired), type = "Fay", fay.rho = 0.3, compress = FALSE), type = "Fay", rho = 0.3),
  boot = list(data = apistrat, rep = as.svrepdesign(svydesign(ids = ~1, strata = ~stype, weights = ~pw, data = apistrat), type = "bootstrap", replicates = 50, compress = FALSE), type = "bootstrap"))
rows <- list()
for (name in names(designs)) {
  D <- designs[[name]]
  W <- unclass(as.matrix(weights(D$rep, "analysis"))); W <- matrix(as.numeric(W), nrow = nrow(D$data))
  colnames(W) <- paste0("rep", seq_len(ncol(W)))
  d <- cbind(D$data[, c("stype", "pw", "api00", "enroll", "acs.46", "awards01", "acs46hi")], W)
  write.csv(d, file.path(out, paste0("rep-", name, ".csv")), row.names = FALSE, na = "")
  rscales <- D$rep$rscales
  for (mse in c(FALSE, TRUE)) {
    # rebuild from the exported columns exactly as the CLI will: svrepdesign(repweights = "rep[0-9]+", ...)
    args <- list(data = d, repweights = "rep[0-9]+", weights = ~pw, type = D$type, combined.weights = TRUE, mse = mse)
    if (!is.null(D$rho)) args$rho <- D$rho
    if (D$type %in% c("JK1", "JKn", "bootstrap")) { args$scale <- D$rep$scale; args$rscales <- rscales }
    des <- suppressWarnings(do.call(svrepdesign, args))
    doms <- list(list(by = "", val = "", keep = rep(TRUE, nrow(d))))
    for (v in sort(unique(d$stype))) doms[[length(doms) + 1]] <- list(by = "stype", val = v, keep = d$stype == v)
    for (dom in doms) {
      for (v in c("api00", "acs.46", "enroll", "awards01", "acs46hi")) {
        ok <- dom$keep & !is.na(d[[v]])
        if (sum(ok) == 0) next
        sub <- des[ok, ]
        dsub <- des[dom$keep, ] # svyciprop's df = degf() and nrow() of the domain with all its rows (issue 17)
        stats <- if (v %in% c("awards01", "acs46hi")) "proportion" else if (v == "enroll") "total" else "mean"
        if (stats == "total") {
          m <- svytotal(as.formula(paste0("~`", v, "`")), sub, deff = TRUE)
        } else {
          m <- svymean(as.formula(paste0("~`", v, "`")), sub, deff = TRUE)
        }
        methods <- if (stats == "proportion") c("logit", "beta", "mean", "xlogit", "asin") else ""
        for (meth in methods) {
          if (meth == "") {
            ci <- confint(m)
          } else {
            p <- tryCatch(suppressWarnings(svyciprop(as.formula(paste0("~I(", v, " == 1)")), dsub, method = meth, na.rm = TRUE)),
                          error = function(e) NULL)  # R's replicate glm can fail (NAs in V(mu))
            ci <- if (is.null(p)) c(NA, NA) else attr(p, "ci")
          }
          exact <- ci
          if (meth == "logit") {
            # the exact logit interval: replicate logits of the replicate means (R's replicate glm
            # fits stop ~1e-9 short of these); a replicate with p_r = 0 or 1 has an infinite logit,
            # so the variance is infinite and the interval [0, 1]
            pm <- coef(m)[1]
            rm <- svymean(as.formula(paste0("~`", v, "`")), sub, return.replicates = TRUE)$replicates
            lr <- qlogis(rm)
            vl <- if (any(is.infinite(lr))) Inf else svrVar(lr, sub$scale, sub$rscales, mse = sub$mse, coef = qlogis(pm))
            df <- degf(dsub)
            exact <- if (pm <= 0 || pm >= 1 || df <= 0) c(NaN, NaN) else plogis(qlogis(pm) + qt(c(0.025, 0.975), df) * sqrt(vl))
          }
          rows[[length(rows) + 1]] <- data.frame(case = name, data = paste0("rep-", name), reptype = D$type,
            rho = if (is.null(D$rho)) "" else D$rho,
            scale = if (D$type %in% c("JK1", "JKn", "bootstrap")) fmt(D$rep$scale) else "",
            rscales = if (D$type %in% c("JK1", "JKn", "bootstrap")) paste(fmt(rscales), collapse = ";") else "",
            mse = mse, statistic = stats, variable = v, by = dom$by, by_value = dom$val, method = meth,
            estimate = fmt(coef(m)[1]), se = fmt(SE(m)[1]), ci_low = fmt(ci[1]), ci_high = fmt(ci[2]),
            deff = fmt(deff(m)[1]), n = sum(ok), df = fmt(if (stats == "proportion") degf(dsub) else degf(sub)),
            ci_low_exact = fmt(exact[1]), ci_high_exact = fmt(exact[2]), stringsAsFactors = FALSE)
        }
      }
    }
  }
}
cases <- do.call(rbind, rows)
write.csv(cases, file.path(out, "rep-cases.csv"), row.names = FALSE)
cat("wrote", nrow(cases), "replicate cases\n")
