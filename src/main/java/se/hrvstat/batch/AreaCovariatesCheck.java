package se.hrvstat.batch;

import java.util.List;
import java.util.Optional;

import se.hrvstat.result.InputKind;
import se.hrvstat.store.AreaCovariateStore;
import se.hrvstat.store.InputFileStore;

/**
 * EXCHANGE.md 1.5 across files: every municipality of a wave's {@code design.csv} must have a row
 * in the wave's {@code area_covariates.csv} (when the wave delivers one). A municipality missing
 * there stops the run with an error that names the design file, the line of its first class and
 * the column {@code kommunkod}. (Duplicates and values out of range are rejected row by row.)
 */
final class AreaCovariatesCheck {
    private AreaCovariatesCheck() {
    }

    static void require(List<RunFiles.RunFile> given, InputFileStore files, AreaCovariateStore areas) {
        for (RunFiles.RunFile covariates : given) {
            if (covariates.input().kind() != InputKind.AREA_COVARIATES) {
                continue;
            }
            Optional<Long> covariatesId = fileId(covariates, files);
            for (RunFiles.RunFile design : given) {
                if (design.input().kind() != InputKind.DESIGN || design.input().period() != covariates.input().period()
                        || covariatesId.isEmpty()) {
                    continue;
                }
                Optional<Long> designId = fileId(design, files);
                if (designId.isEmpty()) {
                    continue;
                }
                List<AreaCovariateStore.MissingMunicipality> missing = areas.missingFromCovariates(designId.get(),
                        covariatesId.get());
                if (!missing.isEmpty()) {
                    AreaCovariateStore.MissingMunicipality first = missing.get(0);
                    throw new InputRejectedException(design.input().path() + ", line " + first.designLine()
                            + ", column kommunkod: municipality " + first.kommunkod() + " has a sampled class but no "
                            + "row in " + covariates.input().path() + " (EXCHANGE.md 1.5)"
                            + (missing.size() > 1 ? "; " + (missing.size() - 1) + " more municipalities of "
                                    + design.input().kind().fileName() + " are missing there: " + codes(missing) : "")
                            + "; nothing was published");
                }
            }
        }
    }

    private static Optional<Long> fileId(RunFiles.RunFile file, InputFileStore files) {
        return files.find(file.checksum()).filter(f -> f.rowsLoaded() != null).map(InputFileStore.Registered::fileId);
    }

    private static String codes(List<AreaCovariateStore.MissingMunicipality> missing) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < Math.min(missing.size(), 11); i++) {
            out.append(i > 1 ? ", " : "").append(missing.get(i).kommunkod());
        }
        return out + (missing.size() > 11 ? ", ..." : "");
    }
}
