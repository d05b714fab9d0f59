package se.hrvstat.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The small-area settings of {@code jobs/annual.properties} ({@code small-area.*}), read anew at
 * every run.
 *
 * @param indicators the headline indicators that get small-area estimates, in the catalogue's names
 * @param covariates the covariates of the model: a column of {@code area_covariates.csv}, or
 *                   {@code log_<column>} for its natural logarithm
 * @param benchmark  true: benchmark the model-based estimates to the national direct estimate
 */
record SmallAreaConfig(List<String> indicators, List<String> covariates, boolean benchmark) {

    /** The indicators of EXCHANGE.md 1.4's standard catalogue that are not single items. */
    static final String DEFAULT_INDICATORS =
            "hedersnormer, begransningar, hedersvald, oro_tvang, oro_bortforande, sokt_hjalp, vet_hjalp";
    static final String DEFAULT_COVARIATES = "share_foreign_background, log_students";

    static SmallAreaConfig load(PipelineSettings settings) {
        Properties p = new Properties();
        try (Reader in = settings.open("annual.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String benchmark = p.getProperty("small-area.benchmark", "national").strip();
        if (!benchmark.equals("national") && !benchmark.equals("none")) {
            throw new IllegalStateException(settings.jobsDir().resolve("annual.properties")
                    + ": small-area.benchmark must be national or none, found '" + benchmark + "'");
        }
        return new SmallAreaConfig(list(p.getProperty("small-area.indicators", DEFAULT_INDICATORS)),
                list(p.getProperty("small-area.covariates", DEFAULT_COVARIATES)), benchmark.equals("national"));
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
