package se.hrvstat.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.apache.commons.math3.distribution.NormalDistribution;

import se.hrvstat.result.SmallAreaRule;

/**
 * The small-area settings of {@code jobs/annual.properties} ({@code small-area.*}), read anew at
 * every run.
 *
 * @param indicators the headline indicators that get small-area estimates, in the catalogue's names
 * @param covariates the covariates of the model: a column of {@code area_covariates.csv}, or
 *                   {@code log_<column>} for its natural logarithm
 * @param benchmark  true: benchmark the model-based estimates to the national direct estimate
 * @param shownMax   {@code small-area.publish.shown-max-rrmse}: the largest relative RMSE (share scale) at
 *                   which a municipality's figure is shown with its interval
 * @param bandMax    {@code small-area.publish.band-max-rrmse}: the largest at which its interval alone is shown
 */
record SmallAreaConfig(List<String> indicators, List<String> covariates, boolean benchmark, double shownMax,
        double bandMax) {

    static final double DEFAULT_SHOWN_MAX = 0.30;
    static final double DEFAULT_BAND_MAX = 0.50;

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
            throw new InvalidSetting(settings.jobsDir().resolve("annual.properties")
                    + ": small-area.benchmark must be national or none, found '" + benchmark + "'");
        }
        double shown = limit(settings, p, "small-area.publish.shown-max-rrmse", DEFAULT_SHOWN_MAX);
        double band = limit(settings, p, "small-area.publish.band-max-rrmse", DEFAULT_BAND_MAX);
        if (band < shown) {
            throw new InvalidSetting(settings.jobsDir().resolve("annual.properties")
                    + ": small-area.publish.band-max-rrmse (" + band + ") must not be below small-area.publish.shown-max-rrmse ("
                    + shown + ")");
        }
        return new SmallAreaConfig(list(p.getProperty("small-area.indicators", DEFAULT_INDICATORS)),
                list(p.getProperty("small-area.covariates", DEFAULT_COVARIATES)), benchmark.equals("national"),
                shown, band);
    }

    /** The publication rule at the intervals' confidence level (docs/small-area.md, "Publication rule"). */
    SmallAreaRule rule(double level) {
        double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - level) / 2);
        return new SmallAreaRule(shownMax, bandMax, z);
    }

    private static double limit(PipelineSettings settings, Properties p, String key, double fallback) {
        String text = p.getProperty(key, Double.toString(fallback)).strip();
        try {
            double v = Double.parseDouble(text);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSetting(settings.jobsDir().resolve("annual.properties") + ": " + key
                + " must be a number of at least 0 (a relative RMSE, e.g. 0.30), found '" + text + "'");
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
