package se.hrvstat.result;

import java.util.List;

/**
 * The kinds of input file of EXCHANGE.md, with the header each must carry (exactly, but for the
 * further columns {@link #AREA_COVARIATES} allows and the optional last columns of
 * {@link #POPULATION}), in the order
 * in which they are loaded (a class must be known before the answers that refer to it).
 */
public enum InputKind {
    DESIGN("survey", "design.csv", List.of("stratum", "lanskod", "kommunkod", "school_id", "class_id", "grade",
            "schools_in_stratum", "schools_sampled", "classes_in_school", "classes_sampled", "enrolled")),
    RESPONSES("survey", "responses.csv", List.of("resp_id", "wave", "class_id", "sex", "grade", "age", "born",
            "disability", "lgbtq", "q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08", "q09", "q10", "q11",
            "q12", "q13", "q14", "q15", "q16")),
    /** EXCHANGE.md 1.3: {@code born} is there when the file delivers the optional {@code born_grade} margin. */
    POPULATION("survey", "population.csv", List.of("margin", "lanskod", "sex", "grade", "count", "born"), false, 1),
    /** EXCHANGE.md 1.5: the named columns first; further (decimal) columns may follow them. */
    AREA_COVARIATES("survey", "area_covariates.csv", List.of("kommunkod", "students", "share_foreign_background"),
            true),
    MUNICIPAL_POPULATION("municipal", "population_municipal.csv",
            List.of("year", "kommunkod", "sex", "age_group", "count")),
    RETURNS("municipal", "returns.csv", List.of("year", "kommunkod", "sector", "sex", "age_group", "measure",
            "value", "submitted")),
    EFFORTS("municipal", "efforts.csv", List.of("year", "kommunkod", "submitted", "action_plan",
            "routine_social", "routine_school", "coordinator", "staff_trained", "staff_total",
            "cooperation_police", "cooperation_region", "preventive_method"));

    private final String area;
    private final String fileName;
    private final List<String> header;
    private final boolean furtherColumns;
    private final int optionalColumns;

    InputKind(String area, String fileName, List<String> header) {
        this(area, fileName, header, false);
    }

    InputKind(String area, String fileName, List<String> header, boolean furtherColumns) {
        this(area, fileName, header, furtherColumns, 0);
    }

    InputKind(String area, String fileName, List<String> header, boolean furtherColumns, int optionalColumns) {
        this.area = area;
        this.fileName = fileName;
        this.header = header;
        this.furtherColumns = furtherColumns;
        this.optionalColumns = optionalColumns;
    }

    /**
     * The columns every file of the kind has: the {@link #header()} without its optional last
     * columns (which a file may leave out, the last first; a left-out column is empty in every row).
     */
    public int requiredColumns() {
        return header.size() - optionalColumns;
    }

    /**
     * True when the file may carry further columns after those of {@link #header()} (the register
     * covariates of {@code area_covariates.csv}); every other kind's header is exact.
     */
    public boolean furtherColumnsAllowed() {
        return furtherColumns;
    }

    /** {@code survey} or {@code municipal}: the folder under the data directory. */
    public String area() {
        return area;
    }

    public String fileName() {
        return fileName;
    }

    public List<String> header() {
        return header;
    }

    /** Position of a column in the header, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    /** The code stored in the database ({@code design}, {@code responses}, ...). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static InputKind fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
