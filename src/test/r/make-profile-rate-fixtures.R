# Reference rates per 10 000 inhabitants with exact Poisson (Garwood 1936) intervals for the
# municipal profiles (issue 20): the cases of MunicipalProfilesTest, worked out independently of the
# Java code with R's poisson.test (stats), whose conf.int is the Garwood interval:
#   lower = qchisq(alpha/2, 2x) / 2, upper = qchisq(1 - alpha/2, 2x + 2) / 2.
# Both routes are computed and must agree; the rate is x / population * 10 000 and the population
# is taken as known.
# Run from the repository root:  Rscript src/test/r/make-profile-rate-fixtures.R
# Writes src/test/resources/r-fixtures/profile-rates.csv.
out <- "src/test/resources/r-fixtures"
fmt <- function(x) sprintf("%.17g", x)
cases <- data.frame(
  case = c("0101-2024", "0103-2024", "county-01-2024", "nation-2024", "0101-2023", "0103-2023"),
  persons = c(65, 45, 161, 235, 45, 40),
  population = c(10000, 10000, 30000, 45000, 9800, 10000),
  level = 0.95)
rows <- lapply(seq_len(nrow(cases)), function(i) {
  x <- cases$persons[i]; n <- cases$population[i]; level <- cases$level[i]
  ci <- poisson.test(x, conf.level = level)$conf.int
  alpha <- 1 - level
  lo <- if (x == 0) 0 else qchisq(alpha / 2, 2 * x) / 2
  hi <- qchisq(1 - alpha / 2, 2 * x + 2) / 2
  stopifnot(abs(ci[1] - lo) < 1e-9, abs(ci[2] - hi) < 1e-9)
  data.frame(case = cases$case[i], persons = x, population = n, level = level,
             rate = fmt(x / n * 1e4), low = fmt(ci[1] / n * 1e4), high = fmt(ci[2] / n * 1e4))
})
write.csv(do.call(rbind, rows), file.path(out, "profile-rates.csv"), row.names = FALSE, quote = FALSE)
