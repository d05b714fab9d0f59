package se.hrvstat.survey.weight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The weighting chain of one wave of the school survey (EXCHANGE.md 1.1–1.3), as the annual run
 * and the coverage simulation use it:
 * <ol>
 * <li>design weights {@code (N_h / n_h)(M_hi / m_hi)} of the stratified two-stage sample
 *     ({@link DesignWeights});</li>
 * <li>non-response adjustment: students within classes, classes within schools, schools within
 *     strata ({@link NonResponseAdjustment});</li>
 * <li>raking to the register (Deville &amp; Särndal 1992; R {@code calibrate(calfun = "raking")}):
 *     the {@code lan_grade} margin as counts and the partial {@code sex_grade} margin as shares
 *     within grade ({@link ShareMargin}), and the optional {@code born_grade} margin (background
 *     by grade) as shares within grade in the same way when the register has it and the
 *     respondents carry {@code born}; without a {@code lan_grade} margin the wave is not
 *     calibrated.</li>
 * </ol>
 * Optionally (off unless asked for, {@link BackgroundGroups}), the non-response adjustment ends
 * with response homogeneity groups by background within school, class or stratum
 * ({@link ResponseHomogeneityGroups}), from the frame's register enrolment by background.
 * Returns the weights of every step, the calibration residuals for the variances and the
 * diagnostics, as values. Deterministic and pure; the residual operator of stored weights is
 * rebuilt by {@link #residuals} without calibrating again.
 */
public final class WeightingChain {
    /** The margin of register counts by county and grade. */
    public static final String COUNTY_GRADE = "lan_grade";
    /** The register's split by sex within grade, applied as shares. */
    public static final String SEX_GRADE = "sex_grade";
    /** The register's split by background (born 1, 2, 3) within grade, applied as shares (EXCHANGE.md 1.3). */
    public static final String BORN_GRADE = "born_grade";

    private WeightingChain() {
    }

    /**
     * A sampled class of design.csv with its number of respondents (0: the class took no part).
     *
     * @param schoolsInStratum N_h
     * @param schoolsSampled   n_h
     * @param classesInSchool  M_hi
     * @param classesSampled   m_hi
     */
    public record SampledClass(String classId, String stratum, String school, int schoolsInStratum, int schoolsSampled,
                               int classesInSchool, int classesSampled, int enrolled, int respondents) {
    }

    /**
     * The respondents of a wave in a fixed order: each one's class and the values of the
     * calibration variables ({@code lanskod}, {@code grade}, {@code sex} as text codes).
     */
    public record Respondents(String[] classId, Map<String, String[]> variables) {
        public int size() {
            return classId.length;
        }
    }

    /**
     * A wave's weights, in the respondents' order.
     *
     * @param designWeights the design weights
     * @param inputWeights  the weights calibration starts from: design weights adjusted for non-response
     * @param finalWeights  the calibrated weights (the input weights when the wave is not calibrated)
     * @param residuals     the calibration residuals of the variances, null when not calibrated
     * @param collapses     every non-response collapse made, in words
     */
    public record WaveWeights(double[] designWeights, double[] inputWeights, double[] finalWeights,
                              CalibrationResiduals residuals, WeightDiagnostics diagnostics, List<String> collapses,
                              boolean calibrated) {
    }

    /**
     * The optional response homogeneity groups by background of the non-response step: the rule
     * and each sampled class's register enrolment by background 1, 2, 3 (a class missing here
     * leaves its group undivided).
     */
    public record BackgroundGroups(ResponseHomogeneityGroups.Rule rule, Map<String, int[]> enrolledByBackground) {
    }

    /** The whole chain: design weights, non-response adjustment, raking to the register margins by name. */
    public static WaveWeights weigh(List<SampledClass> classes, Respondents respondents, Map<String, Margin> register) {
        return weigh(classes, respondents, register, null);
    }

    /**
     * The whole chain with response homogeneity groups by background ending the non-response
     * step; {@code groups} null: without them, as {@link #weigh(List, Respondents, Map)}.
     */
    public static WaveWeights weigh(List<SampledClass> classes, Respondents respondents, Map<String, Margin> register,
                                    BackgroundGroups groups) {
        Map<String, Double> designByClass = new HashMap<>();
        List<NonResponseAdjustment.SampledClass> sampled = new ArrayList<>(classes.size());
        for (SampledClass c : classes) {
            double d = DesignWeights.twoStage(c.schoolsInStratum(), c.schoolsSampled(), c.classesInSchool(),
                    c.classesSampled());
            designByClass.put(c.classId(), d);
            sampled.add(new NonResponseAdjustment.SampledClass(c.stratum(), c.school(), c.classId(), d, c.enrolled(),
                    c.respondents()));
        }
        NonResponseAdjustment.Result adjusted = NonResponseAdjustment.adjust(sampled);
        int n = respondents.size();
        double[] design = new double[n];
        double[] nonResponse = new double[n];
        for (int i = 0; i < n; i++) {
            design[i] = designByClass.get(respondents.classId()[i]);
            nonResponse[i] = adjusted.weightByClass().get(respondents.classId()[i]);
        }
        List<String> collapses = adjusted.collapses();
        if (groups != null) {
            collapses = new ArrayList<>(collapses);
            collapses.add(byBackground(classes, respondents, groups, designByClass, nonResponse));
        }
        CalibrationModel model = model(respondents, register);
        if (model == null) {
            return new WaveWeights(design, nonResponse, nonResponse, null,
                    WeightDiagnostics.of(nonResponse, 0, Double.NaN), collapses, false);
        }
        CalibrationResult raked = Calibration.calibrate(nonResponse, model, CalibrationFunction.RAKING, Bounds.NONE,
                Calibration.DEFAULT_EPSILON, Calibration.DEFAULT_MAXIT);
        return new WaveWeights(design, nonResponse, raked.weights(), raked.residuals(),
                WeightDiagnostics.of(raked.weights(), raked), collapses, true);
    }

    /** Multiplies the non-response-adjusted weights by their background group's factor; the groups' division in words. */
    private static String byBackground(List<SampledClass> classes, Respondents respondents, BackgroundGroups groups,
                                       Map<String, Double> designByClass, double[] nonResponse) {
        String[] born = respondents.variables().get("born");
        if (born == null) {
            throw new IllegalArgumentException("response homogeneity groups by background need the respondents' 'born'");
        }
        List<ResponseHomogeneityGroups.FrameClass> frame = new ArrayList<>(classes.size());
        for (SampledClass c : classes) {
            frame.add(new ResponseHomogeneityGroups.FrameClass(c.classId(), c.stratum(), c.school(),
                    designByClass.get(c.classId()), groups.enrolledByBackground().get(c.classId())));
        }
        ResponseHomogeneityGroups.Result r = ResponseHomogeneityGroups.adjust(nonResponse, respondents.classId(), born,
                frame, groups.rule());
        for (int i = 0; i < nonResponse.length; i++) {
            nonResponse[i] *= r.factors()[i];
        }
        return "background groups within " + groups.rule().level().name().toLowerCase(java.util.Locale.ROOT) + ": "
                + r.divided() + " divided by background 1/2/3, " + r.merged() + " into 1 and 2+3, " + r.undivided()
                + " undivided";
    }

    /**
     * The calibration residuals of weights this chain made (read back from a store), null when
     * the register gives no calibration: the same operator as {@link WaveWeights#residuals()}.
     */
    public static CalibrationResiduals residuals(Respondents respondents, Map<String, Margin> register,
                                                 double[] inputWeights, double[] finalWeights) {
        CalibrationModel model = model(respondents, register);
        return model == null ? null : Calibration.residuals(inputWeights, model, finalWeights);
    }

    /**
     * The raking model: lan_grade as counts, sex_grade and born_grade (where the register has it
     * and the respondents carry born; answers 9 count on the other margins only) as shares within
     * grade; null without lan_grade.
     */
    private static CalibrationModel model(Respondents respondents, Map<String, Margin> register) {
        if (!register.containsKey(COUNTY_GRADE)) {
            return null;
        }
        Map<String, String[]> sample = respondents.variables();
        CalibrationModel model = CalibrationModel.of(sample, List.of(register.get(COUNTY_GRADE)));
        if (register.containsKey(SEX_GRADE)) {
            model = model.with(ShareMargin.constraints(register.get(SEX_GRADE), "sex", sample));
        }
        if (register.containsKey(BORN_GRADE)) {
            if (!sample.containsKey("born")) {
                // EXCHANGE.md 1.3: a wave that delivers the margin must use it
                throw new IllegalArgumentException("the register has the margin '" + BORN_GRADE
                        + "' but the respondents carry no 'born' to calibrate on it");
            }
            model = model.with(ShareMargin.constraints(register.get(BORN_GRADE), "born", sample));
        }
        return model;
    }

    /**
     * Sampled classes from a table with the columns of design.csv ({@code class_id},
     * {@code stratum}, {@code school_id}, {@code schools_in_stratum}, {@code schools_sampled},
     * {@code classes_in_school}, {@code classes_sampled}, {@code enrolled}) and {@code respondents}.
     */
    public static List<SampledClass> classes(Table table) {
        StringColumn id = table.stringColumn("class_id");
        StringColumn stratum = table.stringColumn("stratum");
        StringColumn school = table.stringColumn("school_id");
        IntColumn[] counts = {table.intColumn("schools_in_stratum"), table.intColumn("schools_sampled"),
            table.intColumn("classes_in_school"), table.intColumn("classes_sampled"), table.intColumn("enrolled"),
            table.intColumn("respondents")};
        List<SampledClass> out = new ArrayList<>(table.rowCount());
        for (int i = 0; i < table.rowCount(); i++) {
            out.add(new SampledClass(id.get(i), stratum.get(i), school.get(i), counts[0].getInt(i), counts[1].getInt(i),
                    counts[2].getInt(i), counts[3].getInt(i), counts[4].getInt(i), counts[5].getInt(i)));
        }
        return out;
    }

    /**
     * Respondents from a loaded wave's columns: the class ids, the county codes and the codes of
     * grade, sex and born, written as text as the register writes them (the same values
     * {@link #respondents(Table)} takes from a table of text columns).
     */
    public static Respondents respondents(String[] classId, String[] lanskod, int[] grade, int[] sex, int[] born) {
        Map<String, String[]> variables = new LinkedHashMap<>();
        variables.put("lanskod", lanskod);
        variables.put("grade", asText(grade));
        variables.put("sex", asText(sex));
        variables.put("born", asText(born));
        return new Respondents(classId, variables);
    }

    private static String[] asText(int[] codes) {
        String[] text = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            text[i] = Integer.toString(codes[i]);
        }
        return text;
    }

    /**
     * Respondents from a table with the text columns {@code class_id}, {@code lanskod}, {@code grade},
     * {@code sex}, and {@code born} where the table has it.
     */
    public static Respondents respondents(Table table) {
        Map<String, String[]> variables = new LinkedHashMap<>();
        for (String name : List.of("lanskod", "grade", "sex", "born")) {
            if (!name.equals("born") || table.containsColumn(name)) {
                variables.put(name, table.stringColumn(name).asObjectArray());
            }
        }
        return new Respondents(table.stringColumn("class_id").asObjectArray(), variables);
    }

    /**
     * The register's margins by name from population.csv's rows (text columns {@code margin},
     * {@code lanskod}, {@code sex}, {@code grade}, and {@code born} where the table has it; long
     * column {@code count}): {@code lan_grade} over (lanskod, grade), {@code sex_grade} over (sex,
     * grade) and {@code born_grade} over (born, grade), cells in the table's order.
     */
    public static Map<String, Margin> registerMargins(Table table) {
        Map<String, Margin.Builder> builders = new LinkedHashMap<>();
        StringColumn margin = table.stringColumn("margin");
        for (int i = 0; i < table.rowCount(); i++) {
            String name = margin.get(i);
            long count = table.longColumn("count").getLong(i);
            String grade = table.stringColumn("grade").get(i);
            if (COUNTY_GRADE.equals(name)) {
                builders.computeIfAbsent(name, m -> Margin.of(m, "lanskod", "grade"))
                        .cell(count, table.stringColumn("lanskod").get(i), grade);
            } else if (SEX_GRADE.equals(name)) {
                builders.computeIfAbsent(name, m -> Margin.of(m, "sex", "grade"))
                        .cell(count, table.stringColumn("sex").get(i), grade);
            } else if (BORN_GRADE.equals(name) && table.containsColumn("born")) {
                builders.computeIfAbsent(name, m -> Margin.of(m, "born", "grade"))
                        .cell(count, table.stringColumn("born").get(i), grade);
            }
        }
        Map<String, Margin> margins = new LinkedHashMap<>();
        builders.forEach((name, builder) -> margins.put(name, builder.build()));
        return margins;
    }
}
