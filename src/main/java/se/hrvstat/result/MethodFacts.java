package se.hrvstat.result;

import java.util.List;

/**
 * What a run did, as the method chapter and the workbook's metadata report it: typed facts, no
 * prose (the words are in {@code report-templates/}).
 *
 * @param year            reference year
 * @param programVersion  the software's version: a release's name, or for a development build its
 *                        commit ({@link ProgramVersion#name()})
 * @param weighting       each wave's weighting, in wave order
 * @param newSeries       indicators whose definition changed (a new version) and so start a new series
 * @param minTrendWaves   waves a trend needs
 * @param level           confidence level of every interval, e.g. 0.95
 * @param intervalMethod  the interval method of proportions, e.g. {@code logit}
 * @param minNPublished   fewer respondents than this: the estimate is not published
 * @param minNReliable    fewer respondents than this: the estimate is marked uncertain
 * @param maxRse          a relative standard error above this: the estimate is marked uncertain
 * @param inputs          the input files the publication rests on, in the store's order
 * @param release         true when {@code programVersion} names a release, false for a development build
 * @param responseRates   the survey's response rates at school, class and student level by wave, grade
 *                        and county ({@link ResponseRates#of}); empty when not known
 * @param disclosure      how the municipal counts were protected ({@code disclosure.method} and its numbers)
 */
public record MethodFacts(int year, String programVersion, List<WaveWeighting> weighting, List<NewSeries> newSeries,
                          int minTrendWaves, double level, String intervalMethod, int minNPublished, int minNReliable,
                          double maxRse, List<InputFile> inputs, boolean release,
                          List<ResponseRates.Rate> responseRates, DisclosureFacts disclosure) {
    public MethodFacts {
        weighting = List.copyOf(weighting);
        newSeries = List.copyOf(newSeries);
        inputs = List.copyOf(inputs);
        responseRates = List.copyOf(responseRates);
        if (disclosure == null) {
            throw new IllegalArgumentException("disclosure");
        }
    }

    /** Facts of a run with the shipped disclosure rules ({@link DisclosureFacts#SHIPPED}). */
    public MethodFacts(int year, String programVersion, List<WaveWeighting> weighting, List<NewSeries> newSeries,
                       int minTrendWaves, double level, String intervalMethod, int minNPublished, int minNReliable,
                       double maxRse, List<InputFile> inputs, boolean release, List<ResponseRates.Rate> responseRates) {
        this(year, programVersion, weighting, newSeries, minTrendWaves, level, intervalMethod, minNPublished,
                minNReliable, maxRse, inputs, release, responseRates, DisclosureFacts.SHIPPED);
    }

    /** Facts of a run whose version is given as one name: a release unless it is a {@code -SNAPSHOT}. */
    public MethodFacts(int year, String programVersion, List<WaveWeighting> weighting, List<NewSeries> newSeries,
                       int minTrendWaves, double level, String intervalMethod, int minNPublished, int minNReliable,
                       double maxRse, List<InputFile> inputs) {
        this(year, programVersion, weighting, newSeries, minTrendWaves, level, intervalMethod, minNPublished,
                minNReliable, maxRse, inputs, programVersion != null && !programVersion.endsWith("-SNAPSHOT"), List.of());
    }

    /**
     * The weighting of one wave: the distribution of its final weights (Kish's design effect of
     * unequal weights and the effective n), whether it was calibrated to the register, the
     * iterations and remaining misfit of the calibration, and the non-response collapses.
     */
    public record WaveWeighting(int wave, int respondents, double min, double lowerQuartile, double median,
                                double upperQuartile, double max, double kishDeff, double effectiveN, boolean calibrated,
                                int iterations, double largestMisfit, int collapses, boolean backgroundCalibrated) {
        /** A wave weighted without the optional born_grade margin (EXCHANGE.md 1.3). */
        public WaveWeighting(int wave, int respondents, double min, double lowerQuartile, double median,
                             double upperQuartile, double max, double kishDeff, double effectiveN, boolean calibrated,
                             int iterations, double largestMisfit, int collapses) {
            this(wave, respondents, min, lowerQuartile, median, upperQuartile, max, kishDeff, effectiveN, calibrated,
                    iterations, largestMisfit, collapses, false);
        }
    }

    /** An indicator version that starts a new series at {@code firstWave}. */
    public record NewSeries(String indicator, int version, int firstWave) {
    }

    /**
     * One input file: its kind ({@code design}, {@code responses}, {@code population},
     * {@code returns}, {@code efforts}, {@code municipal_population}, {@code form}), the wave or
     * year it belongs to, its name, rows loaded and rejected, and its SHA-256 checksum.
     */
    public record InputFile(String kind, int period, String name, int rows, int rejected, String checksum) {
        /**
         * True for the survey's files ({@code survey/<wave>/}: design, responses, population, area
         * covariates), false for the municipal mapping's (its CSV files and its Excel forms, kind
         * {@code form}, which is no {@link InputKind}).
         */
        public boolean survey() {
            for (InputKind k : InputKind.values()) {
                if (k.code().equals(kind)) {
                    return k.area().equals("survey");
                }
            }
            return false;
        }
    }
}
