# R reference for ResponseHomogeneityGroupsTest (issue 17): within one school the background
# groups are survey::postStratify of the known-background respondents to (W - W_9) * register share.
# Rscript src/test/r/check-response-homogeneity-groups.R prints the factors the test computes by hand
# (R 4.x, survey 4.1.1: 0.733333333333333 1.283333333333333 2.566666666666667, merged 1.711111111111111).
library(survey)
# the hand example of ResponseHomogeneityGroupsTest: school s, 11 respondents with known background, weight 10
d <- data.frame(born = factor(c(rep(1, 8), 2, 2, 3)), w = 10)
des <- svydesign(ids = ~1, weights = ~w, data = d)
share <- c(64, 28, 28) / 120
known <- 120 - 10
ps <- postStratify(des, ~born, data.frame(born = factor(1:3), Freq = known * share))
print(unique(weights(ps)) / 10, digits = 15)
d$born23 <- factor(ifelse(d$born == 1, "1", "23"))
des <- svydesign(ids = ~1, weights = ~w, data = d)
ps <- postStratify(des, ~born23, data.frame(born23 = factor(c("1", "23")), Freq = known * c(64, 56) / 120))
print(unique(weights(ps)) / 10, digits = 15)
print(c(11/15, 77/60, 77/30, 77/45), digits = 15)
