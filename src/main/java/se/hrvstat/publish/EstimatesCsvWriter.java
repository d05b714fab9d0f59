package se.hrvstat.publish;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.hrvstat.result.EstimateRow;

/**
 * Writes {@code estimates-<year>.csv} as CLI.md defines it: UTF-8 without byte order mark, comma
 * separated, one line per estimate ending in LF, header
 * {@code indicator,wave,domain,estimate,se,ci_low,ci_high,deff,n,flag,p} ({@code p} since version 2
 * of the contract: the p-value of {@code :change}, {@code :trend} and {@code :diff} rows), {@code .} as decimal point,
 * numbers in plain notation with the shortest decimal that reads back as the same double (so at
 * least 12 significant digits whenever the value has them), empty fields for missing, NaN or
 * infinite values and for an n that is not published. Rows keep the order they are given in (the catalogue order of the caller).
 * The file is machine-readable, so values are written as they are (no spreadsheet escaping).
 */
public final class EstimatesCsvWriter {

    /** The header line of CLI.md, in order. */
    public static final List<String> HEADER =
            List.of("indicator", "wave", "domain", "estimate", "se", "ci_low", "ci_high", "deff", "n", "flag", "p");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setRecordSeparator("\n")
            .get();

    /** Writes {@code rows} to {@code file} atomically (a temporary file renamed into place). */
    public void write(List<EstimateRow> rows, Path file) throws IOException {
        AtomicFiles.write(file, tmp -> {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
                for (EstimateRow r : rows) {
                    csv.printRecord(nullToEmpty(r.indicator()), Integer.toString(r.wave()), nullToEmpty(r.domain()),
                            number(r.estimate()), number(r.se()), number(r.ciLow()), number(r.ciHigh()),
                            number(r.deff()), r.hasN() ? Long.toString(r.n()) : "", nullToEmpty(r.flag()),
                            number(r.p()));
                }
            }
        });
    }

    /**
     * A double in plain decimal notation with the shortest digits that round-trip
     * ({@code 0.1234567890123}, {@code 0.00001}, {@code 3}); empty for null, NaN and infinity.
     */
    static String number(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "";
        }
        if (value == 0.0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
