# Reference values for hrvstat's small-area core (se.hrvstat.survey.smallarea) from R's sae 1.3
# (eblupFH and mseFH, method = "REML", MAXITER = 100, PRECISION = 1e-4).
# Run from the repository root:  Rscript src/test/r/make-sae-fixtures.R
# Needs sae 1.3 (../shared/r/README.md) and survey. Tests never need R: the CSV files are committed.
#
# Writes src/test/resources/r-fixtures/sae/:
#   <case>-data.csv    the model's input, one row per area: y, vardir, the design matrix (x0 = 1, x1, ...)
#   <case>-areas.csv   per area: eblup, mse (mseFH), g1, shrinkage B = vardir / (refvar + vardir)
#   fits.csv           per case: convergence, iterations, refvar, beta and std.error per coefficient
#   shares-areas.csv   case (c): every municipality with the inputs of SmallAreaShares and its outputs
#   shares-fit.csv     case (c): national estimate, design effect, rho, benchmark shift
# Cases:
#   milk      sae's own data: yi ~ as.factor(MajorArea), vardir = SD^2 (the example of ?eblupFH, ?mseFH)
#   zero      constructed so that the REML iterate ends negative: sae's guard sets refvar to 0
#   shares    ~290 municipalities of sample-data/ (2024, hedersnormer), arcsine scale, two covariates
#   cycle     simulated shares where sae's Fisher scoring cycles around 0 (no convergence); the
#             reference is REML by bisection on the restricted score (the algorithm of
#             FayHerriot.fitRemlByBisection, written out below) checked against uniroot
suppressMessages({ library(sae); library(survey) })
out <- "src/test/resources/r-fixtures/sae"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
fmt <- function(x) ifelse(is.na(x), "NaN", sprintf("%.17g", x))
write_num <- function(df, file) {
  for (n in names(df)) if (is.numeric(df[[n]])) df[[n]] <- fmt(df[[n]])
  write.csv(df, file.path(out, file), row.names = FALSE, quote = FALSE)
}
fits <- list()

# Fit with sae and write <case>-data.csv, <case>-areas.csv and a row of fits.csv.
fit_case <- function(case, y, vardir, X) {
  d <- data.frame(y = y, vardir = vardir)
  for (j in seq_len(ncol(X))) d[[paste0("x", j - 1)]] <- X[, j]
  r <- mseFH(y ~ X - 1, vardir)
  f <- r$est$fit
  stopifnot(f$convergence)
  A <- f$refvar
  write_num(d, paste0(case, "-data.csv"))
  B <- vardir / (A + vardir)
  write_num(data.frame(area = seq_along(y), eblup = as.vector(r$est$eblup), mse = r$mse,
                       g1 = vardir * (1 - B), shrinkage = B), paste0(case, "-areas.csv"))
  fits[[case]] <<- data.frame(case = case, convergence = f$convergence, iterations = f$iterations,
                              refvar = A, coefficient = seq_len(ncol(X)) - 1,
                              beta = f$estcoef$beta, std_error = f$estcoef$std.error)
  r
}

# (a) milk ------------------------------------------------------------------------------------
data(milk)
Xm <- model.matrix(~ as.factor(MajorArea), milk)
rm <- fit_case("milk", milk$yi, milk$SD^2, Xm)
# The package's own example, as ?mseFH runs it (attach(milk); mseFH(yi ~ as.factor(MajorArea), SD^2)):
ex <- with(milk, mseFH(yi ~ as.factor(MajorArea), SD^2))
stopifnot(identical(ex$mse, rm$mse), identical(ex$est$fit$refvar, rm$est$fit$refvar))
cat(sprintf("milk: refvar %.8f, iterations %d, mse[1:3] %s\n", rm$est$fit$refvar, rm$est$fit$iterations,
            paste(sprintf("%.8f", rm$mse[1:3]), collapse = " ")))
# An independent check of the REML point: the restricted log-likelihood maximised by optimize()
# (agrees with sae's Fisher scoring to its stopping rule, 1e-4 relative, not to 1e-9).
reml_loglik <- function(A, y, vardir, X) {
  V <- A + vardir; Vi <- 1 / V
  XtViX <- t(X * Vi) %*% X
  beta <- solve(XtViX, t(X * Vi) %*% y)
  r <- y - X %*% beta
  -0.5 * (sum(log(V)) + as.numeric(determinant(XtViX)$modulus) + sum(r^2 * Vi))
}
opt <- optimize(reml_loglik, c(0, 1), y = milk$yi, vardir = milk$SD^2, X = Xm, maximum = TRUE, tol = 1e-12)
cat(sprintf("milk: REML by optimize() %.10f vs sae %.10f (relative difference %.2e)\n", opt$maximum,
            rm$est$fit$refvar, abs(opt$maximum / rm$est$fit$refvar - 1)))

# (b) zero: the REML iterate goes negative; sae returns max(iterate, 0) = 0 ---------------------
xz <- seq(0, 1, length.out = 20)
vz <- 0.02 + 0.05 * ((1:20) %% 4) / 3
ez <- c(0.05, -0.04, 0.02, -0.01, 0.03, -0.05, 0.01, -0.02, 0.04, -0.03,
        0.02, -0.01, 0.05, -0.04, 0.01, -0.02, 0.03, -0.05, 0.02, -0.01)
yz <- 1 + 0.5 * xz + ez
rz <- fit_case("zero", yz, vz, cbind(1, xz))
stopifnot(rz$est$fit$refvar == 0)
cat(sprintf("zero: refvar %g after %d iterations\n", rz$est$fit$refvar, rz$est$fit$iterations))

# (c) shares: sample-data/ 2024, hedersnormer by municipality -----------------------------------
dir <- "sample-data/survey/2024"
des_rows <- read.csv(file.path(dir, "design.csv"), colClasses = c(kommunkod = "character", lanskod = "character"))
resp <- read.csv(file.path(dir, "responses.csv"))
cov <- read.csv(file.path(dir, "area_covariates.csv"), colClasses = c(kommunkod = "character"))
x <- merge(resp, des_rows, by = "class_id")
item <- function(q) ifelse(q == 1, TRUE, ifelse(q == 2, FALSE, NA))     # 8, 9 unknown: R's NA is Kleene
x$hedersnormer <- as.numeric(item(x$q03) & (item(x$q01) | item(x$q02) | item(x$q10)))
x$w <- (x$schools_in_stratum / x$schools_sampled) * (x$classes_in_school / x$classes_sampled)
options(survey.lonely.psu = "adjust")
des <- svydesign(ids = ~school_id + class_id, strata = ~stratum, fpc = ~schools_in_stratum + classes_in_school,
                 weights = ~w, data = x, nest = TRUE)
national <- svymean(~hedersnormer, des, na.rm = TRUE, deff = TRUE)
dom <- svyby(~hedersnormer, ~kommunkod, des, svymean, na.rm = TRUE)
known <- x[!is.na(x$hedersnormer), ]
n <- tapply(known$hedersnormer, known$kommunkod, length)
schools <- tapply(known$school_id, known$kommunkod, function(s) length(unique(s)))
# students of a sampled school's grade: classes_in_school times the mean enrolment of its sampled classes
sch <- aggregate(enrolled ~ kommunkod + school_id + classes_in_school, des_rows, mean)
sch$students <- sch$classes_in_school * sch$enrolled
in_sampled <- tapply(sch$students, sch$kommunkod, sum)
rho_nat <- max(0, (deff(national) - 1) / (nrow(known) / length(unique(known$school_id)) - 1))

a <- data.frame(kommunkod = cov$kommunkod, students = cov$students,
                share_foreign_background = cov$share_foreign_background, log_students = log(cov$students))
i <- match(dom$kommunkod, a$kommunkod)
a$respondents <- 0L; a$respondents[i] <- as.integer(n[dom$kommunkod])
a$schools <- 0L; a$schools[i] <- as.integer(schools[dom$kommunkod])
a$covered <- NaN; a$covered[i] <- pmin(1, in_sampled[dom$kommunkod] / a$students[i])
a$direct <- NaN; a$direct[i] <- dom$hedersnormer
a$direct_se <- NaN; a$direct_se[i] <- SE(dom)
s <- a$respondents > 0
# DesignEffectRule: deff_d = 1 + max(0, n_d / schools_d - 1) rho (1 - f_d); psi_d = 1 / (4 n_d / deff_d)
a$deff <- NaN
a$deff[s] <- 1 + pmax(0, a$respondents[s] / a$schools[s] - 1) * rho_nat * (1 - a$covered[s])
a$model_y <- NaN; a$model_y[s] <- asin(sqrt(a$direct[s]))
a$model_vardir <- NaN; a$model_vardir[s] <- 1 / (4 * (a$respondents[s] / a$deff[s]))
fit_data <- a[s, ]
rs <- mseFH(model_y ~ share_foreign_background + log_students, model_vardir, data = fit_data)
stopifnot(rs$est$fit$convergence)
A <- rs$est$fit$refvar
beta <- rs$est$fit$estcoef$beta
Xs <- model.matrix(~ share_foreign_background + log_students, fit_data)
Q <- solve(t(Xs / (A + fit_data$model_vardir)) %*% Xs)            # V(beta), as in eblupFH
Xall <- model.matrix(~ share_foreign_background + log_students, a)
a$eblup <- as.vector(Xall %*% beta)                               # synthetic x'beta for areas outside
a$mse <- rowSums((Xall %*% Q) * Xall) + A                        # x'V(beta)x + refvar
a$eblup[s] <- as.vector(rs$est$eblup)
a$mse[s] <- rs$mse
a$g1 <- A                                                         # posterior variance outside the model
a$g1[s] <- a$model_vardir[s] * A / (A + a$model_vardir[s])
# method: the direct estimate where it could be published unflagged on its own: n >= 100 and a
# relative standard error sin(2 y) sqrt(psi) / p <= 0.30 (delta method back from the arcsine scale)
rse <- sin(2 * a$model_y) * sqrt(a$model_vardir) / a$direct
a$method <- ifelse(s & a$respondents >= 100 & a$direct > 0 & rse <= 0.30, "direct", "fh")
z <- qnorm(0.975)
clamp <- function(t) pmin(pi / 2, pmax(0, t))
expected_share <- function(t, v) (1 - cos(2 * clamp(t)) * exp(-2 * v)) / 2
published <- function(c) ifelse(a$method == "direct", a$direct, expected_share(a$eblup + c, a$g1))
# Benchmark to the national direct estimate with students as weights: the shift c by bisection on
# [-pi/2, pi/2] as AggregateBenchmark describes; uniroot checks it.
target <- coef(national)[[1]]
gap <- function(c) sum(a$students * published(c)) / sum(a$students) - target
lo <- -pi / 2; hi <- pi / 2; k <- 0
while (hi - lo > 1e-15 && k < 200) { mid <- 0.5 * (lo + hi); if (gap(mid) < 0) lo <- mid else hi <- mid; k <- k + 1 }
shift <- 0.5 * (lo + hi)
ur <- uniroot(gap, c(-pi / 2, pi / 2), tol = 1e-14)$root
cat(sprintf("shares: %d areas, %d in the model, refvar %.6g, %d iterations, rho %.5f, shift %.3e (uniroot %.3e), %d direct\n",
            nrow(a), sum(s), A, rs$est$fit$iterations, rho_nat, shift, ur, sum(a$method == "direct")))
centre <- ifelse(a$method == "direct", a$model_y, a$eblup + shift)
half <- z * sqrt(ifelse(a$method == "direct", a$model_vardir, a$mse))
a$estimate <- published(shift)
a$ci_low <- sin(clamp(centre - half))^2
a$ci_high <- sin(clamp(centre + half))^2
# the same without benchmarking (shift 0)
a$estimate_unbenchmarked <- published(0)
a$ci_low_unbenchmarked <- sin(clamp(ifelse(a$method == "direct", a$model_y, a$eblup) - half))^2
a$ci_high_unbenchmarked <- sin(clamp(ifelse(a$method == "direct", a$model_y, a$eblup) + half))^2
write_num(a, "shares-areas.csv")
write_num(data.frame(national = target, national_deff = deff(national)[[1]], respondents = nrow(known),
                     schools = length(unique(known$school_id)), rho = rho_nat, refvar = A,
                     iterations = rs$est$fit$iterations, shift = shift, z = z), "shares-fit.csv")
fits[["shares"]] <- data.frame(case = "shares", convergence = TRUE, iterations = rs$est$fit$iterations,
                               refvar = A, coefficient = 0:2, beta = beta,
                               std_error = rs$est$fit$estcoef$std.error)

# (d) cycle: Fisher scoring cycles around 0; REML by bisection on the restricted score ----------
reml_score <- function(A, y, vardir, X) {                     # sae's s at A, without forming P
  Vi <- 1 / (A + vardir)
  Q <- solve(t(X * Vi) %*% X)
  beta <- Q %*% t(X * Vi) %*% y
  P <- diag(Vi) - (X * Vi) %*% Q %*% t(X * Vi)
  Py <- P %*% y
  -0.5 * sum(diag(P)) + 0.5 * sum(Py^2)
}
# The municipalities of case (c) with their respondents, a share near 0.7 and no area effect
# (sigma2_v = 0): sae's Fisher scoring cycles in about one draw in twenty-five.
set.seed(20261125)
ns <- fit_data$respondents; m <- length(ns)
Xc <- model.matrix(~ share_foreign_background + log_students, fit_data)
p <- sin(0.9 + 0.37 * fit_data$share_foreign_background + 0.0129 * fit_data$log_students)^2
vc <- 1 / (4 * ns)
for (attempt in 1:500) {
  yc <- asin(sqrt(rbinom(m, ns, p) / ns))
  if (!suppressWarnings(eblupFH(yc ~ Xc - 1, vc))$fit$convergence) break
}
stopifnot(!suppressWarnings(eblupFH(yc ~ Xc - 1, vc))$fit$convergence)
if (reml_score(0, yc, vc, Xc) <= 0) {
  Ac <- 0; halvings <- 0
} else {
  lo <- 0; hi <- median(vc)
  while (reml_score(hi, yc, vc, Xc) > 0) { lo <- hi; hi <- 2 * hi }
  halvings <- 0
  while (hi - lo > 1e-15 * hi && halvings < 2000) {
    mid <- 0.5 * (lo + hi)
    if (reml_score(mid, yc, vc, Xc) > 0) lo <- mid else hi <- mid
    halvings <- halvings + 1
  }
  Ac <- 0.5 * (lo + hi)
  cat(sprintf("cycle: uniroot %.12g vs bisection %.12g\n",
              uniroot(reml_score, c(0, median(vc)), y = yc, vardir = vc, X = Xc, tol = 1e-16)$root, Ac))
}
# eblupFH's and mseFH's formulas at Ac
Vi <- 1 / (Ac + vc); Q <- solve(t(Xc * Vi) %*% Xc); bc <- Q %*% t(Xc * Vi) %*% yc
res <- as.vector(yc - Xc %*% bc); Bc <- vc / (Ac + vc)
g1 <- vc * (1 - Bc); g2 <- Bc^2 * rowSums((Xc %*% Q) * Xc); g3 <- Bc^2 * (2 / sum(Vi^2)) / (Ac + vc)
write_num(data.frame(y = yc, vardir = vc, x0 = 1, x1 = Xc[, 2], x2 = Xc[, 3]), "cycle-data.csv")
write_num(data.frame(area = 1:m, eblup = as.vector(Xc %*% bc) + Ac * Vi * res, mse = g1 + g2 + 2 * g3,
                     g1 = g1, shrinkage = Bc), "cycle-areas.csv")
fits[["cycle"]] <- data.frame(case = "cycle", convergence = FALSE, iterations = halvings, refvar = Ac,
                              coefficient = 0:2, beta = as.vector(bc), std_error = sqrt(diag(Q)))
cat(sprintf("cycle: attempt %d, sae does not converge; REML by bisection %.6g after %d halvings\n",
            attempt, Ac, halvings))

write_num(do.call(rbind, fits), "fits.csv")
cat("written to", out, "\n")
