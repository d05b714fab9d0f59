# What make-calibration-fixtures.R and make-calibrated-difference-fixtures.R share: the number
# format of the fixtures, the factor levels of the api data, and the share-margin design.

# 17 significant digits; NA and NaN spelt out
fmt <- function(x) ifelse(is.na(x) & !is.nan(x), "NA", ifelse(is.nan(x), "NaN", sprintf("%.17g", x)))

# the api data with fixed factor levels and the 0/1 item awards01
prep <- function(d) {
  d$stype <- factor(as.character(d$stype), levels = c("E", "H", "M"))
  d$sch.wide <- factor(as.character(d$sch.wide), levels = c("No", "Yes"))
  d$awards <- factor(as.character(d$awards), levels = c("No", "Yes"))
  d$awards01 <- as.numeric(d$awards == "Yes")
  d
}

# The design of a margin applied as shares (EXCHANGE.md 1.3, the partial sex_grade margin), shared
# by make-calibration-fixtures.R and make-calibrated-difference-fixtures.R: awards plays sex, with a
# third answer "Other" (where snum %% 7 == 0) that the register lacks; stype plays grade. Within each
# stype the split No/Yes among those who answered No or Yes is calibrated to the register's split:
# sum w x = 0 with x = [stype = s]([awards = No] - share_s [awards in No, Yes]); plus the stype margin.
# Returns list(design = d with sexlike, xE, xH, xM added, pop = the population totals for
# calibrate(design, ~stype + xE + xH + xM, pop), sexlike = the character vector of answers).
share_margin_design <- function(d, pop_stype, pop_stype_awards) {
  sexlike <- as.character(d$variables$awards)
  sexlike[d$variables$snum %% 7 == 0] <- "Other"
  vars <- d$variables
  vars$sexlike <- sexlike
  pop <- c(`(Intercept)` = sum(pop_stype), stypeH = pop_stype[["H"]], stypeM = pop_stype[["M"]])
  for (s in c("E", "H", "M")) {
    share <- pop_stype_awards[s, "No"] / sum(pop_stype_awards[s, ])
    vars[[paste0("x", s)]] <- (vars$stype == s) * ((sexlike == "No") - share * (sexlike %in% c("No", "Yes")))
    pop[[paste0("x", s)]] <- 0
  }
  d <- update(d, sexlike = vars$sexlike, xE = vars$xE, xH = vars$xH, xM = vars$xM)
  list(design = d, pop = pop, sexlike = sexlike)
}
