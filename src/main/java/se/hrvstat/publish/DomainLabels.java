package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.hrvstat.result.ReferenceLists;

/**
 * Swedish labels of the standard breakdowns (EXCHANGE.md 1.2 codes), e.g. {@code sex=1} is
 * "Flickor" and the empty domain is "Samtliga". Unknown variables or codes are shown as
 * {@code variable=value} so nothing is hidden.
 */
public final class DomainLabels {

    /** Label of the whole population (empty domain). */
    public static final String ALL = "Samtliga";

    private static final Map<String, String> VARIABLES = Map.of(
            "sex", "Kön", "grade", "Årskurs", "born", "Födelseland", "disability", "Funktionsnedsättning",
            "lgbtq", "Hbtqi", "lanskod", "Län");

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("sex=1", "Flickor"),
            Map.entry("sex=2", "Pojkar"),
            Map.entry("sex=3", "Annan könsidentitet"),
            Map.entry("grade=9", "Årskurs 9"),
            Map.entry("grade=11", "Gymnasiet år 2"),
            Map.entry("born=1", "Född i Sverige, minst en förälder född i Sverige"),
            Map.entry("born=2", "Född i Sverige, båda föräldrarna födda utomlands"),
            Map.entry("born=3", "Född utomlands"),
            Map.entry("disability=1", "Med funktionsnedsättning"),
            Map.entry("disability=2", "Utan funktionsnedsättning"),
            Map.entry("lgbtq=1", "Hbtqi"),
            Map.entry("lgbtq=2", "Ej hbtqi"));

    /** County names by county code, from the reference list shipped with the application. */
    private static final Map<String, String> COUNTIES = ReferenceLists.standard().counties();

    private DomainLabels() {
    }

    /** Reader's label of a domain such as {@code sex=1;grade=9} ("Flickor, årskurs 9"). */
    public static String label(String domain) {
        if (domain == null || domain.isBlank()) {
            return ALL;
        }
        List<String> parts = new ArrayList<>();
        for (String part : domain.split(";")) {
            String p = part.trim();
            String label = CODES.get(p);
            if (label == null && p.startsWith("lanskod=")) {
                label = countyName(p.substring("lanskod=".length()));
            }
            parts.add(label != null ? label : p);
        }
        for (int i = 1; i < parts.size(); i++) { // "Flickor, gymnasiet år 2": one phrase, one capital
            String p = parts.get(i);
            parts.set(i, p.isEmpty() ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1));
        }
        return String.join(", ", parts);
    }

    /** "Stockholms län" for county code 01 (regions.csv); an unknown code stays visible as "Län 99". */
    static String countyName(String lanskod) {
        return COUNTIES.getOrDefault(lanskod, "Län " + lanskod);
    }

    /** Reader's name of a breakdown variable ({@code sex} is "Kön"). */
    public static String variable(String name) {
        return VARIABLES.getOrDefault(name, name);
    }
}
