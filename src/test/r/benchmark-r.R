# R side of the issue-3 benchmark: the 16 proportions overall and by each domain column, with
# deff, as per item svyby(~qXX, ~BY, svymean, na.rm = TRUE, deff = TRUE) (overall: svymean).
# Usage: /usr/bin/time -v Rscript src/test/r/benchmark-r.R FILE.csv [BY]   (BY empty = overall)
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
by <- if (length(args) > 1) args[2] else ""
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, data = d)
t0 <- Sys.time()
for (k in 1:16) {
  f <- as.formula(sprintf("~q%02d", k))
  r <- if (by == "") svymean(f, des, na.rm = TRUE, deff = TRUE)
       else svyby(f, as.formula(paste0("~", by)), des, svymean, na.rm = TRUE, deff = TRUE)
}
cat("estimation", format(as.numeric(Sys.time() - t0, units = "secs")), "s\n")
