# Reference values for the weighting chain and the estimates of the annual job
# (se.hrvstat.batch.WaveWeighting, EstimateTasklet) on the committed sample wave
# sample-data/survey/2024 (EXCHANGE.md 1.1-1.3), computed independently in R.
# Run from the repository root:  Rscript src/test/r/make-sample-weighting-fixtures.R
# Writes src/test/resources/r-fixtures/sample-weighting/:
#   weights.csv    resp_id, design_weight, nr_weight, calibrated_weight (responses.csv order)
#   estimates.csv  item, domain, statistic (mean = svymean of the 0/1 item, logit = svyciprop),
#                  estimate, se, ci_low, ci_high, ci_low_exact, ci_high_exact, n, df
#   differences.csv  item, group1, group2 (sex codes 1, 2, 3), estimate, se, ci_low, ci_high, df, p:
#                  the :diff rows of the annual job (issue 17), svyby(~item, ~sex, calibrated design,
#                  svymean, covmat = TRUE) then svycontrast for every pair, t on degf(design)
# The chain, written here from the formulas (not from Java output):
#   1. design weight of a student in class c of school i in stratum h: (N_h / n_h) (M_hi / m_hi)
#   2. non-response adjustment (NonResponseAdjustment's Javadoc), with d the class's design
#      weight, e its enrolled students, r its respondents:
#        students in class:  e / r
#        classes in school:  sum_{sampled classes} d e / sum_{responding classes} d e
#        schools in stratum: sum_{stratum} d e / sum_{classes of schools with a respondent} d e
#   3. raking (calibrate(..., calfun = "raking")) on the lan_grade cells (lanskod x grade counts)
#      plus the partial sex_grade margin as shares within grade (EXCHANGE.md 1.3):
#      x_g = [grade = g]([sex = 1] - s_g [sex in 1, 2]), s_g the register share of sex 1 in grade g,
#      with population total 0; and, when the wave delivers it, the born_grade margin the same way:
#      x_gb = [grade = g]([born = b] - s_gb [born in 1, 2, 3]) for b = 1, 2 (b = 3 follows), s_gb the
#      register share of background b in grade g, total 0; respondents answering born 9 count on
#      the other margins only (EXCHANGE.md 1.3).
# The design: svydesign(ids = ~school_id + class_id, strata = ~stratum,
#   fpc = ~schools_in_stratum + classes_in_school, nest = TRUE), survey.lonely.psu = "adjust".
# Tests never need R: the CSV files are committed. Needs survey and MASS.
suppressMessages(library(survey))
options(survey.lonely.psu = "adjust")
src <- "sample-data/survey/2024"
out <- "src/test/resources/r-fixtures/sample-weighting"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
fmt <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", ifelse(is.nan(x), "NaN", sprintf("%.17g", x)))

design <- read.csv(file.path(src, "design.csv"), colClasses = "character")
resp <- read.csv(file.path(src, "responses.csv"), colClasses = "character")
pop <- read.csv(file.path(src, "population.csv"), colClasses = "character")
for (v in c("schools_in_stratum", "schools_sampled", "classes_in_school", "classes_sampled", "enrolled"))
  design[[v]] <- as.numeric(design[[v]])
pop$count <- as.numeric(pop$count)
stopifnot(!anyDuplicated(design$class_id), all(resp$class_id %in% design$class_id))

# 1. design weights, per class
design$d <- (design$schools_in_stratum / design$schools_sampled) * (design$classes_in_school / design$classes_sampled)

# 2. non-response adjustment, per class
design$r <- as.vector(table(factor(resp$class_id, levels = design$class_id)))
design$de <- design$d * design$enrolled
school_sampled <- tapply(design$de, design$school_id, sum)
school_responding <- tapply(design$de * (design$r > 0), design$school_id, sum)
school_takes_part <- tapply(design$r, design$school_id, sum) > 0
design$school_factor <- (school_sampled / school_responding)[design$school_id]
stratum_all <- tapply(design$de, design$stratum, sum)
stratum_carried <- tapply(design$de * school_takes_part[design$school_id], design$stratum, sum)
stopifnot(all(stratum_carried > 0)) # every stratum of the sample wave has a responding school
design$stratum_factor <- (stratum_all / stratum_carried)[design$stratum]
design$nr <- ifelse(design$r > 0, design$d * (design$enrolled / design$r) * design$school_factor * design$stratum_factor, NA)

# the respondents with their class's design
cls <- design[match(resp$class_id, design$class_id), ]
d <- data.frame(resp_id = resp$resp_id, stratum = cls$stratum, lanskod = cls$lanskod, school_id = cls$school_id,
                class_id = resp$class_id, grade = resp$grade, sex = resp$sex, born = resp$born,
                schools_in_stratum = cls$schools_in_stratum, classes_in_school = cls$classes_in_school,
                design_weight = cls$d, nr_weight = cls$nr, stringsAsFactors = FALSE)
stopifnot(all(resp$grade == cls$grade))
items <- c("q03", "q10", "q12", "q16")
for (v in items) d[[v]] <- ifelse(resp[[v]] == "1", 1, ifelse(resp[[v]] == "2", 0, NA))

# sanity of the adjustment: the non-response weights carry the design-weighted enrolment of
# every stratum (all strata have a responding school)
stopifnot(isTRUE(all.equal(sum(d$nr_weight), sum(design$de))))

# 3. raking: lan_grade cells, the sex shares within grade and the background shares within grade
lg <- pop[pop$margin == "lan_grade", ]
sg <- pop[pop$margin == "sex_grade", ]
bg <- if ("born" %in% names(pop)) pop[pop$margin == "born_grade", ] else pop[0, ]
lg$cell <- paste0(lg$lanskod, "_", lg$grade)
d$cell <- factor(paste0(d$lanskod, "_", d$grade), levels = lg$cell)
stopifnot(!anyNA(d$cell), all(table(d$cell) > 0))
answered <- d$sex %in% c("1", "2")
totals <- c(`(Intercept)` = sum(lg$count))
for (k in 2:nrow(lg)) totals[[paste0("cell", lg$cell[k])]] <- lg$count[k]
for (g in c("9", "11")) {
  share <- sg$count[sg$grade == g & sg$sex == "1"] / sum(sg$count[sg$grade == g])
  d[[paste0("share", g)]] <- (d$grade == g) * ((d$sex == "1") - share * answered)
  totals[[paste0("share", g)]] <- 0
}
born_terms <- character(0)
born_answered <- d$born %in% c("1", "2", "3")
if (nrow(bg) > 0) for (g in c("9", "11")) for (b in c("1", "2")) {
  share <- bg$count[bg$grade == g & bg$born == b] / sum(bg$count[bg$grade == g])
  term <- paste0("born", b, "_", g)
  d[[term]] <- (d$grade == g) * ((d$born == b) - share * born_answered)
  totals[[term]] <- 0
  born_terms <- c(born_terms, term)
}

des <- svydesign(ids = ~school_id + class_id, strata = ~stratum, fpc = ~schools_in_stratum + classes_in_school,
                 weights = ~nr_weight, nest = TRUE, data = d)
cal <- calibrate(des, as.formula(paste("~cell + share9 + share11", paste0(c("", born_terms), collapse = " + "))),
                 totals, calfun = "raking")
d$calibrated_weight <- weights(cal)

# checks of the calibration, independent of hrvstat
stopifnot(isTRUE(all.equal(as.vector(tapply(d$calibrated_weight, d$cell, sum)), lg$count, tolerance = 1e-9)))
for (g in c("9", "11")) {
  w1 <- sum(d$calibrated_weight[d$grade == g & d$sex == "1"]); w2 <- sum(d$calibrated_weight[d$grade == g & d$sex == "2"])
  stopifnot(isTRUE(all.equal(w1 / (w1 + w2),
    sg$count[sg$grade == g & sg$sex == "1"] / sum(sg$count[sg$grade == g]), tolerance = 1e-9)))
}
if (nrow(bg) > 0) for (g in c("9", "11")) {
  w <- sapply(c("1", "2", "3"), function(b) sum(d$calibrated_weight[d$grade == g & d$born == b]))
  r <- sapply(c("1", "2", "3"), function(b) bg$count[bg$grade == g & bg$born == b])
  stopifnot(isTRUE(all.equal(as.vector(w / sum(w)), as.vector(r / sum(r)), tolerance = 1e-9)))
}

write.csv(data.frame(resp_id = d$resp_id, design_weight = fmt(d$design_weight), nr_weight = fmt(d$nr_weight),
                     calibrated_weight = fmt(d$calibrated_weight)),
          file.path(out, "weights.csv"), row.names = FALSE)

# estimates on the calibrated design: svymean of the 0/1 item (estimate, se) and
# svyciprop(method = "logit"); R's glm stops ~1e-9 short of convergence, so the svyciprop
# interval is also given in the closed form of the intercept-only quasibinomial fit (exact)
rows <- list()
doms <- list(list(name = "", keep = rep(TRUE, nrow(d))),
             list(name = "sex=1", keep = d$sex == "1"),
             list(name = "sex=2", keep = d$sex == "2"))
for (v in items) for (dom in doms) {
  ok <- dom$keep & !is.na(d[[v]])
  sub <- cal[ok, ] # a calibrated design keeps every row (weight 0 outside), as its variance needs
  sub$variables[[v]][!ok] <- 0 # their values do not count (weight 0), but must not be NA
  m <- svymean(as.formula(paste0("~", v)), sub)
  dsub <- cal[dom$keep, ] # svyciprop's df = degf() of the domain with all its rows (issue 17)
  p <- svyciprop(as.formula(paste0("~I(", v, " == 1)")), dsub, method = "logit", level = 0.95, na.rm = TRUE)
  ci <- attr(p, "ci")
  est <- coef(m)[[1]]; se <- SE(m)[[1]]; df <- degf(dsub)
  exact <- plogis(qlogis(est) + qt(c(0.025, 0.975), df) * se / (est * (1 - est)))
  rows[[length(rows) + 1]] <- data.frame(item = v, domain = dom$name, estimate = fmt(est), se = fmt(se),
    svyciprop_estimate = fmt(as.vector(p)[1]), ci_low = fmt(ci[[1]]), ci_high = fmt(ci[[2]]),
    ci_low_exact = fmt(exact[1]), ci_high_exact = fmt(exact[2]), n = sum(ok), df = df)
}
write.csv(do.call(rbind, rows), file.path(out, "estimates.csv"), row.names = FALSE)

# differences between the sex groups on the calibrated design (the :diff rows of issue 17).
# svyby(covmat = TRUE) of survey 4.1.1 stops on a calibrated design ("number of items to replace
# is not a multiple of replacement length"), so the contrast comes by the other route R offers:
# the coefficient of the second group in svyglm(item ~ group) on the two groups (the same estimate
# and SE as svyby + svycontrast; make-difference-fixtures.R checks this on an uncalibrated design),
# with the interval and p on t with degf() of the whole design (svyglm's own df is degf - 1).
drows <- list()
for (v in items) {
  for (pair in list(c("1", "2"), c("1", "3"), c("2", "3"))) {
    cal$variables$.y <- cal$variables[[v]]
    cal$variables$.g <- factor(cal$variables$sex, levels = c(pair[2], pair[1])) # reference: group 2
    two <- subset(cal, sex %in% pair & !is.na(cal$variables[[v]]))
    m <- svyglm(.y ~ .g, two)
    est <- coef(m)[[2]]; se <- SE(m)[[2]]; df <- degf(cal); tq <- qt(0.975, df)
    drows[[length(drows) + 1]] <- data.frame(item = v, group1 = pair[1], group2 = pair[2], estimate = fmt(est),
      se = fmt(se), ci_low = fmt(est - tq * se), ci_high = fmt(est + tq * se), df = df,
      p = fmt(2 * pt(-abs(est / se), df)))
  }
}
write.csv(do.call(rbind, drows), file.path(out, "differences.csv"), row.names = FALSE)
