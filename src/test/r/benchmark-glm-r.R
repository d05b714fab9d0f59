# R side of the --glm benchmark (issue 17): the survey GLM of item q01 on sex, background and
# grade as factors, quasibinomial, on the stratified cluster design of benchmark-generate.R's
# file, as `hrvstat estimate --glm 'q01 ~ factor(sex) + factor(born) + factor(grade)'
# --family quasibinomial` fits it; writes the coefficients, SEs and p-values to OUT.csv.
# Usage: /usr/bin/time -v Rscript src/test/r/benchmark-glm-r.R FILE.csv OUT.csv
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, data = d)
t0 <- Sys.time()
m <- svyglm(q01 ~ factor(sex) + factor(born) + factor(grade), des, family = quasibinomial())
s <- coef(summary(m))
cat("estimation", format(as.numeric(Sys.time() - t0, units = "secs")), "s\n")
write.csv(data.frame(term = rownames(s), estimate = sprintf("%.17g", s[, 1]), se = sprintf("%.17g", s[, 2]),
                     p = sprintf("%.17g", s[, 4])), args[2], row.names = FALSE)
