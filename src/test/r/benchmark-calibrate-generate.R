# Generates the raking benchmark of issue 4 (item 8): ROWS rows (default 1e6) of a stratified
# two-stage sample (42 strata, 4 032 PSUs) with design weights w and the calibration variables
# lanskod (21 counties, "01".."25"), sex (1, 2) and grade (9, 11), and the population file with the
# margins lan_grade (21 x 2 cells) and sex_grade (2 x 2 cells) in the format of EXCHANGE.md 1.3.
# The two margins agree on the grade totals; the sample is deliberately off them (grade 9 and
# sex 2 under-represented, county shares uneven) so raking has to work.
# Usage: Rscript src/test/r/benchmark-calibrate-generate.R DATA.csv POPULATION.csv [ROWS]
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]
popout <- args[2]
n <- if (length(args) > 2) as.integer(args[3]) else 1e6
set.seed(4)
lans <- c("01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18",
          "19", "20", "21", "22", "23", "24", "25")
psus <- 4032
psu <- sample.int(psus, n, replace = TRUE)
stratum <- (psu - 1) %/% 96 + 1
lanp <- runif(21, 0.5, 2)
d <- data.frame(stratum = stratum, psu = psu,
                w = round(runif(n, 5, 50), 3),
                lanskod = sample(lans, n, TRUE, lanp),
                sex = sample(1:2, n, TRUE, c(.55, .45)),
                grade = sample(c(9, 11), n, TRUE, c(.45, .55)),
                q01 = as.integer(runif(n) < 0.3))
write.csv(d, out, row.names = FALSE)
# population: county x grade counts about 20 times the sample, sexes 51/49 within each grade
N <- 20 * n
lg <- outer(runif(21, 0.5, 2), c(0.5, 0.5))
lg <- round(lg / sum(lg) * N)
gradeN <- colSums(lg)
sg <- round(rbind(0.51 * gradeN, 0.49 * gradeN))
sg[2, ] <- gradeN - sg[1, ]
pop <- rbind(
  data.frame(margin = "lan_grade", lanskod = rep(lans, 2), sex = NA, grade = rep(c(9, 11), each = 21),
             count = as.vector(lg)),
  data.frame(margin = "sex_grade", lanskod = NA, sex = rep(1:2, 2), grade = rep(c(9, 11), each = 2),
             count = as.vector(sg)))
write.csv(pop, popout, row.names = FALSE, na = "")
cat("wrote", out, "and", popout, "\n")
