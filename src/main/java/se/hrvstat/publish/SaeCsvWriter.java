package se.hrvstat.publish;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.hrvstat.result.SmallAreaRow;

/**
 * Writes {@code sae-<year>.csv} as spec/CLI.md "Small-area estimates" defines it: one line per
 * headline indicator and municipality of {@code area_covariates.csv}, header
 * {@code indicator,wave,kommunkod,n,direct,direct_se,model_y,model_vardir,x_<covariate>...,eblup,mse,estimate,ci_low,ci_high,method}.
 * Same conventions as {@link EstimatesCsvWriter}: UTF-8, comma, LF, {@code .} as decimal point,
 * numbers with the shortest digits that read back as the same double (so R refits exactly the
 * model's inputs), empty fields where a value does not exist (no sample).
 */
public final class SaeCsvWriter {

    /** The header for the covariates named (without their {@code x_} prefix), in order. */
    public static List<String> header(List<String> covariates) {
        List<String> header = new ArrayList<>(List.of("indicator", "wave", "kommunkod", "n", "direct", "direct_se",
                "model_y", "model_vardir"));
        covariates.forEach(c -> header.add("x_" + c));
        header.addAll(List.of("eblup", "mse", "estimate", "ci_low", "ci_high", "method"));
        return header;
    }

    /** Writes {@code rows} to {@code file} atomically (a temporary file renamed into place). */
    public void write(List<SmallAreaRow> rows, List<String> covariates, Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header(covariates).toArray(String[]::new))
                .setRecordSeparator("\n").get();
        AtomicFiles.write(file, tmp -> {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, format)) {
                for (SmallAreaRow r : rows) {
                    if (r.covariates().size() != covariates.size()) {
                        throw new IllegalArgumentException(r.indicator() + " " + r.kommunkod() + ": "
                                + r.covariates().size() + " covariates for a header of " + covariates.size());
                    }
                    List<String> record = new ArrayList<>(List.of(r.indicator(), Integer.toString(r.wave()),
                            r.kommunkod(), r.n() == null ? "" : Integer.toString(r.n()),
                            EstimatesCsvWriter.number(r.direct()), EstimatesCsvWriter.number(r.directSe()),
                            EstimatesCsvWriter.number(r.modelY()), EstimatesCsvWriter.number(r.modelVardir())));
                    r.covariates().forEach(x -> record.add(EstimatesCsvWriter.number(x)));
                    for (double v : new double[] {r.eblup(), r.mse(), r.estimate(), r.ciLow(), r.ciHigh()}) {
                        record.add(EstimatesCsvWriter.number(v));
                    }
                    record.add(r.method());
                    csv.printRecord(record);
                }
            }
        });
    }
}
