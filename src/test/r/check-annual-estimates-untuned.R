# A check, not a fixture: estimates of the annual run that no fixture was made for, recomputed in R.
# The indicator oro_bortforande (definition q14) of wave 2024 in the domains grade=11, born=3,
# lanskod=14 and sex=2;grade=11, from estimates-<year>.csv of a README run, against R's survey
# package on the same calibrated design (built by make-sample-weighting-fixtures.R's own steps).
# Run from the repository root:
#   Rscript src/test/r/check-annual-estimates-untuned.R out/2024/estimates-2024.csv
# Prints, per domain and column, hrvstat's value, R's and their relative difference.
args <- commandArgs(trailingOnly = TRUE)
published <- read.csv(args[1], colClasses = "character")
# the chain of the fixture script up to the calibrated design `cal` (writes nothing before that line)
script <- readLines("src/test/r/make-sample-weighting-fixtures.R")
stop_at <- grep("^d\\$calibrated_weight <- weights\\(cal\\)", script)
eval(parse(text = script[seq_len(stop_at)]))

cal <- update(cal, q14 = ifelse(resp$q14 == "1", 1, ifelse(resp$q14 == "2", 0, NA)))
domains <- list("grade=11" = d$grade == "11", "born=3" = d$born == "3", "lanskod=14" = d$lanskod == "14",
                "sex=2;grade=11" = d$sex == "2" & d$grade == "11")
worst <- 0
for (name in names(domains)) {
  keep <- domains[[name]]
  ok <- keep & !is.na(cal$variables$q14)
  sub <- cal[ok, ] # a calibrated design keeps every row (weight 0 outside), as its variance needs
  sub$variables$q14[!ok] <- 0 # their values do not count (weight 0), but must not be NA
  m <- svymean(~q14, sub, deff = TRUE)
  est <- coef(m)[[1]]; se <- SE(m)[[1]]; df <- degf(cal[keep, ]) # svyciprop's df: the domain with all its rows
  # svyciprop(method = "logit")'s interval in closed form: R's glm stops ~1e-9 short of convergence
  # (make-sample-weighting-fixtures.R); svyciprop's own limits are printed beside it
  exact <- plogis(qlogis(est) + qt(c(0.025, 0.975), df) * se / (est * (1 - est)))
  p <- svyciprop(~I(q14 == 1), cal[keep, ], method = "logit", level = 0.95, na.rm = TRUE)
  cat(sprintf("%-15s svyciprop's own limits %.17g %.17g\n", name, attr(p, "ci")[[1]], attr(p, "ci")[[2]]))
  r <- c(estimate = est, se = se, ci_low = exact[1], ci_high = exact[2], deff = deff(m)[[1]])
  row <- published[published$indicator == "oro_bortforande" & published$wave == "2024" & published$domain == name, ]
  stopifnot(nrow(row) == 1)
  for (col in names(r)) {
    ours <- as.numeric(row[[col]])
    rel <- abs(ours - r[[col]]) / abs(r[[col]])
    worst <- max(worst, rel)
    cat(sprintf("%-15s %-8s hrvstat %.17g  R %.17g  rel %.2e\n", name, col, ours, r[[col]], rel))
  }
}
cat(sprintf("largest relative difference: %.2e\n", worst))
