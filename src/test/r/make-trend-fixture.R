# Fixture for se.hrvstat.indicator.TrendTest: the weighted least-squares trend of three wave
# estimates with weights 1/se^2, as lm(weights =) computes it. The slope is lm's coefficient;
# with known variances its standard error is lm's divided by the residual scale sigma(fit).
# Run: Rscript src/test/r/make-trend-fixture.R
x  <- c(2020, 2022, 2024)
y  <- c(0.10, 0.12, 0.15)
se <- c(0.01, 0.01, 0.02)
fit <- lm(y ~ x, weights = 1 / se^2)
b  <- unname(coef(fit)[2])
sb <- summary(fit)$coefficients[2, 2] / sigma(fit)
z  <- b / sb
cat(sprintf("slope %.15g\nse %.15g\nz %.15g\np %.15g\nci %.15g %.15g\n", b, sb, z, 2 * pnorm(-abs(z)),
            b - qnorm(0.975) * sb, b + qnorm(0.975) * sb))
# change 2024 - 2022 of independent estimates
d <- y[3] - y[2]; sd <- sqrt(se[3]^2 + se[2]^2)
cat(sprintf("change %.15g se %.15g p %.15g\n", d, sd, 2 * pnorm(-abs(d / sd))))
