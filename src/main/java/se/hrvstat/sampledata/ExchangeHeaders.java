package se.hrvstat.sampledata;

import java.util.ArrayList;
import java.util.List;

/** Column names and orders of the exchange files, exactly as EXCHANGE.md lists them. */
public final class ExchangeHeaders {

    /** EXCHANGE.md 1.1. */
    public static final List<String> DESIGN = List.of("stratum", "lanskod", "kommunkod", "school_id", "class_id",
            "grade", "schools_in_stratum", "schools_sampled", "classes_in_school", "classes_sampled", "enrolled");

    /** EXCHANGE.md 1.2. */
    public static final List<String> RESPONSES;

    /** EXCHANGE.md 1.3, with the optional column born of the born_grade margin. */
    public static final List<String> POPULATION = List.of("margin", "lanskod", "sex", "grade", "count", "born");

    /** EXCHANGE.md 2.1. */
    public static final List<String> RETURNS = List.of("year", "kommunkod", "sector", "sex", "age_group", "measure",
            "value", "submitted");

    /** EXCHANGE.md 2.2. */
    public static final List<String> EFFORTS = List.of("year", "kommunkod", "submitted", "action_plan",
            "routine_social", "routine_school", "coordinator", "staff_trained", "staff_total", "cooperation_police",
            "cooperation_region", "preventive_method");

    /** EXCHANGE.md 2.3. */
    public static final List<String> POPULATION_MUNICIPAL = List.of("year", "kommunkod", "sex", "age_group", "count");

    /** EXCHANGE.md 1.5 (the columns the generator writes; the specification allows further ones). */
    public static final List<String> AREA_COVARIATES = List.of("kommunkod", "students", "share_foreign_background");

    /** The truth files of the sample data (not part of EXCHANGE.md). */
    public static final List<String> TRUTH = List.of("indicator", "wave", "domain", "value");

    /** The municipal truth files of the sample data, {@code truth/truth-kommun-<wave>.csv} (not part of EXCHANGE.md). */
    public static final List<String> TRUTH_MUNICIPAL = List.of("indicator", "wave", "kommunkod", "value");

    static {
        List<String> r = new ArrayList<>(List.of("resp_id", "wave", "class_id", "sex", "grade", "age", "born",
                "disability", "lgbtq"));
        for (int i = 1; i <= 16; i++) {
            r.add(String.format("q%02d", i));
        }
        RESPONSES = List.copyOf(r);
    }

    private ExchangeHeaders() {
    }
}
