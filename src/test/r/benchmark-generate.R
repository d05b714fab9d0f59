# Generates the benchmark file of issue 3: 1 000 000 rows, 42 strata, about 4 000 PSUs,
# 16 yes/no items q01..q16 (about 3 % missing), domains sex (3), born (2), grade (3), kommun (21).
# Usage: Rscript src/test/r/benchmark-generate.R OUT.csv [ROWS]   (ROWS default 1e6; the
# strata and PSUs stay the same for smaller files)
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args)) args[1] else "/tmp/hrvstat-bench.csv"
set.seed(42)
n <- if (length(args) > 1) as.integer(args[2]) else 1e6
psus <- 4032                      # 96 per stratum
psu <- sample.int(psus, n, replace = TRUE)
stratum <- (psu - 1) %/% 96 + 1
d <- data.frame(stratum = stratum, psu = psu,
                w = round(runif(n, 5, 50), 3),
                sex = sample(1:3, n, TRUE, c(.49, .49, .02)),
                born = sample(1:2, n, TRUE),
                grade = sample(c(7, 9, 11), n, TRUE),
                kommun = sample(1:21, n, TRUE))
psueffect <- rnorm(psus, 0, 0.5)
for (k in 1:16) {
  eta <- -1.5 + 0.1 * k + psueffect[psu] + 0.3 * (d$sex == 2)
  q <- as.integer(runif(n) < plogis(eta))
  q[runif(n) < 0.03] <- NA
  d[[sprintf("q%02d", k)]] <- q
}
write.csv(d, out, row.names = FALSE, na = "")
cat("wrote", out, "\n")
