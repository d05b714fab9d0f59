# Refits the small-area estimates the pipeline published for the sample data with R's sae 1.3,
# from the published file's own columns only (spec/CLI.md "Small-area estimates").
# Run from the repository root:  Rscript src/test/r/make-sae-refit-fixture.R
# Needs sae 1.3 (../shared/r/README.md). Tests never need R: the CSV files are committed.
#
# Input:  src/test/resources/r-fixtures/sae/pipeline-sae-2024.csv, a copy of OUT/2024/sae-2024.csv of
#         ./hrvstat run annual --year 2024 --data sample-data --out OUT
# Output: src/test/resources/r-fixtures/sae/pipeline-refit-2024.csv, per indicator and municipality:
#         eblup and mse as sae::eblupFH / sae::mseFH give them (REML, MAXITER 100, PRECISION 1e-4) for the
#         municipalities with model_y; for the others the synthetic x'beta and x'V(beta)x + refvar with
#         V(beta) = (X'V^-1 X)^-1 of the fit (as spec/CLI.md says); and per indicator refvar, iterations.
suppressMessages(library(sae))
dir <- "src/test/resources/r-fixtures/sae"
sae <- read.csv(file.path(dir, "pipeline-sae-2024.csv"), colClasses = c(kommunkod = "character"))
covariates <- grep("^x_", names(sae), value = TRUE)
model <- as.formula(paste("model_y ~", paste(covariates, collapse = " + ")))
out <- list()
for (ind in unique(sae$indicator)) {
  a <- sae[sae$indicator == ind, ]
  s <- !is.na(a$model_y)
  d <- a[s, ]
  r <- mseFH(model, model_vardir, method = "REML", data = d)
  f <- r$est$fit
  stopifnot(f$convergence)
  A <- f$refvar
  beta <- f$estcoef$beta
  X <- model.matrix(model, d)
  Q <- solve(t(X / (A + d$model_vardir)) %*% X)
  Xall <- model.matrix(as.formula(paste("~", paste(covariates, collapse = " + "))), a)
  eblup <- as.vector(Xall %*% beta)
  mse <- rowSums((Xall %*% Q) * Xall) + A
  eblup[s] <- as.vector(r$est$eblup)
  mse[s] <- r$mse
  out[[ind]] <- data.frame(indicator = ind, kommunkod = a$kommunkod, in_model = s, eblup = eblup, mse = mse,
                           refvar = A, iterations = f$iterations)
  cat(sprintf(paste0("%-16s %3d of %3d municipalities in the model, refvar %.6g after %d iterations, largest relative ",
              "difference to the file: eblup %.1e, mse %.1e\n"), ind, sum(s), nrow(a), A, f$iterations,
              max(abs(eblup / a$eblup - 1)), max(abs(mse / a$mse - 1))))
}
res <- do.call(rbind, out)
fmt <- function(x) sprintf("%.17g", x)
res$eblup <- fmt(res$eblup); res$mse <- fmt(res$mse); res$refvar <- fmt(res$refvar)
write.csv(res, file.path(dir, "pipeline-refit-2024.csv"), row.names = FALSE, quote = FALSE)
