package se.hrvstat.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.hrvstat.result.SmallAreaFit;
import se.hrvstat.result.SmallAreaRow;
import se.hrvstat.survey.estimate.Estimate;
import se.hrvstat.survey.estimate.Estimators;
import se.hrvstat.survey.estimate.IntervalMethod;
import se.hrvstat.survey.smallarea.AggregateBenchmark;
import se.hrvstat.survey.smallarea.AreaEstimate;
import se.hrvstat.survey.smallarea.AreaShares;
import se.hrvstat.survey.smallarea.CountyDifferencing;
import se.hrvstat.survey.smallarea.DesignEffectRule;
import se.hrvstat.survey.smallarea.FayHerriotFit;
import se.hrvstat.survey.smallarea.SmallAreaResult;
import se.hrvstat.survey.smallarea.SmallAreaShares;
import se.hrvstat.survey.smallarea.SmallAreaSettings;

/**
 * Small-area estimates of one indicator for every municipality of the register
 * ({@code area_covariates.csv}) from one wave: the rows of {@code sae-<year>.csv} and the fit.
 *
 * <ol>
 * <li>Direct estimates: the indicator's share in the domain {@code kommunkod} (of the sampled
 *     class's school) with the wave's design and final weights and its design-based standard
 *     error, exactly as every other domain estimate of the estimate step (R {@code svyby}).</li>
 * <li>Sampling variances: {@link DesignEffectRule} with ρ from the clustering part of the
 *     indicator's national design effect (divided by Kish's design effect of unequal weights,
 *     {@link #weightingDesignEffect}) and the national respondents per sampled school; per
 *     municipality its respondents,
 *     sampled schools and the share f_d of its register students in its sampled schools
 *     (classes_in_school × mean enrolment of the sampled classes, per school and grade, over
 *     {@code students}).</li>
 * <li>The model: {@link SmallAreaShares} on the arcsine scale with the covariates asked for
 *     ({@code log_<column>}: the natural logarithm of a column, of at least 1) and, when asked,
 *     benchmarking to the national direct estimate with the municipalities' students as weights.</li>
 * </ol>
 * Stateless.
 */
public final class MunicipalSmallAreas {
    private MunicipalSmallAreas() {
    }

    /** A municipality of the register: its code, its students and its register columns by name. */
    public record Municipality(String kommunkod, int students, Map<String, Double> columns) {
    }

    /**
     * The respondents' places in a wave, in the order of the wave's rows.
     *
     * @param kommunkod per respondent the municipality of its school
     * @param school    per respondent its school
     */
    public record Places(String[] kommunkod, String[] school) {
    }

    /** What the estimate needs besides the wave: the run's interval method and level, the model's settings. */
    public record Settings(IntervalMethod method, double level, SmallAreaSettings model, boolean benchmark,
            List<String> covariates) {
    }

    /** The rows (one per municipality, in the order given) and the fit. */
    public record Result(SmallAreaFit fit, List<SmallAreaRow> rows) {
    }

    public static Result estimate(Indicator indicator, WaveSample wave, Places places, List<Municipality> register,
            Map<String, Double> studentsInSampledSchools, Settings settings) {
        int m = register.size();
        Map<String, Integer> index = new HashMap<>();
        for (int d = 0; d < m; d++) {
            index.put(register.get(d).kommunkod(), d);
        }
        double[] y = indicator.evaluate(wave.codes(), wave.size());
        int[] domainOfRow = new int[wave.size()];
        List<Set<String>> schools = new ArrayList<>();
        for (int d = 0; d < m; d++) {
            schools.add(new HashSet<>());
        }
        Set<String> nationalSchools = new HashSet<>();
        int known = 0;
        for (int i = 0; i < wave.size(); i++) {
            Integer d = index.get(places.kommunkod()[i]);
            domainOfRow[i] = d == null ? -1 : d;
            if (!Double.isNaN(y[i])) {
                known++;
                nationalSchools.add(places.school()[i]);
                if (d != null) {
                    schools.get(d).add(places.school()[i]);
                }
            }
        }
        Estimate[] direct = Estimators.proportionsByDomain(wave.design(), y, domainOfRow, m, settings.method(),
                settings.level());
        Estimate national = Estimators.proportion(wave.design(), y, null, settings.method(), settings.level());
        DesignEffectRule rule = DesignEffectRule.fromNationalDesignEffect(
                national.deff() / weightingDesignEffect(wave.design().weights(), y), (double) known / nationalSchools.size());
        boolean[] withheld = CountyDifferencing.secondary(counties(register), respondents(direct),
                settings.model().minimumRespondents());
        AreaShares in = areaShares(register, direct, withheld, schools, studentsInSampledSchools, settings.covariates());
        AggregateBenchmark benchmark = settings.benchmark() ? new AggregateBenchmark(national.estimate(), students(register))
                : null;
        double[] own = ownVariances(register, schools, studentsInSampledSchools, rule, (double) known / wave.size());
        SmallAreaResult result = SmallAreaShares.estimate(in, rule, settings.model(), benchmark, own);
        return new Result(fit(indicator.name(), wave.wave(), result, rule, settings.covariates()),
                rows(indicator.name(), wave.wave(), result, in));
    }

    /**
     * τ_d, the variance on the arcsine scale of municipality d's finite-population share around its
     * expected value ({@link SmallAreaShares#intervalExcess}): a cluster sample of all its N'_d
     * students, (1 + (b_d − 1)ρ)/(4 N'_d) (Kish 1965, as {@link DesignEffectRule}), with N'_d = N_d k its
     * register students times k, the share of the wave's respondents whose indicator is known (the
     * indicator's denominator: all students, or e.g. only the exposed ones), and b_d = min(N'_d, s̄ k)
     * its students per school, s̄ the students per sampled school over the wave (a municipality
     * smaller than a school has one school).
     */
    static double[] ownVariances(List<Municipality> register, List<Set<String>> schools,
            Map<String, Double> inSampled, DesignEffectRule rule, double known) {
        double students = 0;
        int sampledSchools = 0;
        for (int d = 0; d < register.size(); d++) {
            Double s = inSampled.get(register.get(d).kommunkod());
            if (s != null && !schools.get(d).isEmpty()) {
                students += s;
                sampledSchools += schools.get(d).size();
            }
        }
        double perSchool = sampledSchools == 0 ? 1 : students / sampledSchools * known;
        double[] tau = new double[register.size()];
        for (int d = 0; d < tau.length; d++) {
            double n = Math.max(1, register.get(d).students() * known);
            double b = Math.max(1, Math.min(n, perSchool));
            tau[d] = (1 + (b - 1) * rule.intraSchoolCorrelation()) / (4 * n);
        }
        return tau;
    }

    /**
     * Kish's design effect of unequal weights, 1 + CV² = n Σw² / (Σw)², over the respondents whose
     * indicator is known (Kish 1965; deff ≈ deff_weights × deff_clustering, Gabler, Haeder &amp; Lahiri
     * 1999): the part of the national design effect that does not grow with the respondents per school.
     */
    static double weightingDesignEffect(double[] w, double[] y) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int i = 0; i < w.length; i++) {
            if (!Double.isNaN(y[i])) {
                sum += w[i];
                squares += w[i] * w[i];
                n++;
            }
        }
        return n * squares / (sum * sum);
    }

    /** The county of each municipality: the first two digits of its kommunkod. */
    private static String[] counties(List<Municipality> register) {
        return register.stream().map(m -> m.kommunkod().substring(0, Math.min(2, m.kommunkod().length())))
                .toArray(String[]::new);
    }

    private static int[] respondents(Estimate[] direct) {
        int[] n = new int[direct.length];
        for (int d = 0; d < n.length; d++) {
            n[d] = (int) direct[d].n();
        }
        return n;
    }

    /**
     * The model's input per municipality; a municipality {@code withheld} against differencing with its
     * county ({@link CountyDifferencing}) enters as one without a sample.
     */
    private static AreaShares areaShares(List<Municipality> register, Estimate[] direct, boolean[] withheld,
            List<Set<String>> schools, Map<String, Double> inSampled, List<String> covariates) {
        int m = register.size();
        String[] area = new String[m];
        int[] respondents = new int[m];
        int[] sampledSchools = new int[m];
        double[] covered = new double[m];
        double[] share = new double[m];
        double[] se = new double[m];
        double[][] x = new double[covariates.size()][m];
        for (int d = 0; d < m; d++) {
            Municipality mu = register.get(d);
            area[d] = mu.kommunkod();
            respondents[d] = withheld[d] ? 0 : (int) direct[d].n();
            sampledSchools[d] = withheld[d] ? 0 : schools.get(d).size();
            boolean sampled = respondents[d] > 0;
            Double students = inSampled.get(mu.kommunkod());
            covered[d] = sampled && students != null && mu.students() > 0 ? Math.min(1, students / mu.students()) : Double.NaN;
            share[d] = sampled ? direct[d].estimate() : Double.NaN;
            se[d] = sampled ? direct[d].se() : Double.NaN;
            for (int j = 0; j < covariates.size(); j++) {
                x[j][d] = covariate(mu, covariates.get(j));
            }
        }
        return new AreaShares(area, respondents, sampledSchools, covered, share, se, covariates, x);
    }

    /** A column of the register, or log_&lt;column&gt;: its natural logarithm (of at least 1, so 0 students give 0). */
    static double covariate(Municipality m, String name) {
        if (name.startsWith("log_")) {
            return Math.log(Math.max(1, column(m, name.substring(4))));
        }
        return column(m, name);
    }

    private static double column(Municipality m, String name) {
        if (name.equals("students")) {
            return m.students();
        }
        Double value = m.columns().get(name);
        if (value == null) {
            throw new IllegalArgumentException("the small-area model asks for the covariate '" + name
                    + "', which area_covariates.csv does not have (columns: students, " + m.columns().keySet() + ")");
        }
        return value;
    }

    private static double[] students(List<Municipality> register) {
        double[] w = new double[register.size()];
        for (int d = 0; d < w.length; d++) {
            w[d] = register.get(d).students();
        }
        return w;
    }

    private static SmallAreaFit fit(String indicator, int wave, SmallAreaResult result, DesignEffectRule rule,
            List<String> covariates) {
        FayHerriotFit f = result.fit();
        List<SmallAreaFit.Coefficient> coefficients = new ArrayList<>();
        for (int k = 0; k < f.beta().length; k++) {
            coefficients.add(new SmallAreaFit.Coefficient(result.coefficientNames().get(k), f.beta()[k],
                    Math.sqrt(f.betaCovariance()[k][k])));
        }
        return new SmallAreaFit(indicator, wave, f.areaVariance(), f.iterations(), f.algorithm().name(),
                result.areasInModel(), rule.intraSchoolCorrelation(), result.benchmarkShift(), covariates, coefficients);
    }

    private static List<SmallAreaRow> rows(String indicator, int wave, SmallAreaResult result, AreaShares in) {
        List<SmallAreaRow> rows = new ArrayList<>(in.size());
        for (int d = 0; d < in.size(); d++) {
            AreaEstimate e = result.areas().get(d);
            List<Double> x = new ArrayList<>();
            for (double v : in.covariatesOf(d)) {
                x.add(v);
            }
            boolean model = e.inModel();
            // n only for a municipality in the model: one with 1-9 respondents reads as one without a sample
            // (docs/disclosure-control.md, "Model-based municipal estimates")
            rows.add(new SmallAreaRow(indicator, wave, e.area(), model && e.respondents() > 0 ? e.respondents() : null,
                    model ? e.direct() : null, model ? e.directSe() : null, model ? e.modelY() : null,
                    model ? e.modelVardir() : null, x, e.eblup(), e.mse(), e.estimate(), e.ciLow(), e.ciHigh(),
                    e.method().code()));
        }
        return rows;
    }
}
