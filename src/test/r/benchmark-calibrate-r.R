# R side of the raking benchmark (issue 4, item 8): read the sample and the population file of
# benchmark-calibrate-generate.R, svydesign(ids = ~psu, strata = ~stratum, weights = ~w), then
# calibrate(design, ~lan_grade + sex_grade, population, calfun = "raking") with the two margins
# as interaction factors, and write the input with calibrated_weight as hrvstat calibrate does.
# Usage: /usr/bin/time -v Rscript src/test/r/benchmark-calibrate-r.R DATA.csv POPULATION.csv OUT.csv
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], colClasses = c(lanskod = "character"))
pop <- read.csv(args[2], colClasses = c(lanskod = "character"))
d$lan_grade <- factor(paste(d$lanskod, d$grade, sep = ":"))
d$sex_grade <- factor(paste(d$sex, d$grade, sep = ":"))
lg <- pop[pop$margin == "lan_grade", ]
sg <- pop[pop$margin == "sex_grade", ]
lgN <- setNames(lg$count, paste(lg$lanskod, lg$grade, sep = ":"))[levels(d$lan_grade)]
sgN <- setNames(sg$count, paste(sg$sex, sg$grade, sep = ":"))[levels(d$sex_grade)]
population <- c(`(Intercept)` = sum(lgN),
                setNames(lgN[-1], paste0("lan_grade", names(lgN)[-1])),
                setNames(sgN[-1], paste0("sex_grade", names(sgN)[-1])))
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, data = d)
t0 <- Sys.time()
cal <- calibrate(des, ~lan_grade + sex_grade, population, calfun = "raking")
cat("calibration", format(as.numeric(Sys.time() - t0, units = "secs")), "s\n")
d$calibrated_weight <- weights(cal)
d$lan_grade <- NULL
d$sex_grade <- NULL
write.csv(d, args[3], row.names = FALSE)
