package se.hrvstat.indicator;

import java.util.Set;

/**
 * The codes the expression language knows: which variables exist, which codes mean
 * "missing" for each of them, and the constant that stands for an empty cell.
 *
 * <p>Columns handed to {@link Indicator#evaluate} hold the codes of EXCHANGE.md 1.2 as
 * delivered; an empty cell (for an item: "not asked", routing) is {@link #MISSING}. The
 * missing codes 8 and 9 may be kept as delivered or already turned into {@code MISSING};
 * both are unknown here.
 */
public final class Codes {

    /** An empty cell: not asked, not answered or not delivered. Always unknown. */
    public static final int MISSING = Integer.MIN_VALUE;

    /** Item code meaning yes (ja): true. */
    public static final int YES = 1;

    /** Item code meaning no (nej): false. */
    public static final int NO = 2;

    /** The survey items q01 ... q16, coded 1 yes, 2 no, 8 and 9 missing. */
    public static final Set<String> ITEMS = Set.of(
            "q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08",
            "q09", "q10", "q11", "q12", "q13", "q14", "q15", "q16");

    /** Background variables that may be compared with a code but are not yes/no items. */
    public static final Set<String> BACKGROUND = Set.of(
            "sex", "grade", "age", "born", "disability", "lgbtq", "lanskod");

    private Codes() {
    }

    /** Whether {@code name} is a variable of the survey (an item or a background variable). */
    public static boolean isVariable(String name) {
        return ITEMS.contains(name) || BACKGROUND.contains(name);
    }

    /** Whether {@code name} is a yes/no item that may stand alone in an expression. */
    public static boolean isItem(String name) {
        return ITEMS.contains(name);
    }

    /**
     * Whether {@code code} of {@code variable} means missing (EXCHANGE.md 1.2): {@link #MISSING}
     * for every variable; 8 and 9 for items; 9 for sex, born, disability and lgbtq. Grade 9 is
     * a real grade (årskurs 9), so grade, age and lanskod have no missing code but the empty cell.
     */
    public static boolean isMissing(String variable, int code) {
        if (code == MISSING) {
            return true;
        }
        for (int m : missingCodes(variable)) {
            if (m == code) {
                return true;
            }
        }
        return false;
    }

    /** The codes besides {@link #MISSING} that mean missing for {@code variable}. */
    static int[] missingCodes(String variable) {
        if (ITEMS.contains(variable)) {
            return new int[] {8, 9};
        }
        return switch (variable) {
            case "sex", "born", "disability", "lgbtq" -> new int[] {9};
            default -> new int[0];
        };
    }
}
