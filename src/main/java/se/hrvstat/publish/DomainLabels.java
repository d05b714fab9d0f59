package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.hrvstat.result.ReferenceLists;

/**
 * Swedish labels of the standard breakdowns (EXCHANGE.md 1.2 codes), from the texts
 * {@code domain.*} of {@link Texts}: e.g. {@code sex=1} is "Flickor" and the empty domain is
 * "Samtliga". Unknown variables or codes are shown as {@code variable=value} so nothing is hidden;
 * county names come from the reference list (regions.csv).
 */
public final class DomainLabels {

    /** County names by county code, from the reference list shipped with the application. */
    private static final Map<String, String> COUNTIES = ReferenceLists.standard().counties();
    private final Texts texts;

    public DomainLabels(Texts texts) {
        this.texts = texts;
    }

    /** Label of the whole population (empty domain). */
    public String all() {
        return texts.get("domain.all");
    }

    /** Reader's label of a domain such as {@code sex=1;grade=9} ("Flickor, årskurs 9"). */
    public String label(String domain) {
        if (domain == null || domain.isBlank()) {
            return all();
        }
        List<String> parts = new ArrayList<>();
        for (String part : domain.split(";")) {
            String p = part.trim();
            String label = texts.find("domain.code." + p.replaceFirst("=", ".")).orElse(null);
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
    String countyName(String lanskod) {
        String name = COUNTIES.get(lanskod);
        return name != null ? name : texts.get("domain.county.unknown", lanskod);
    }

    /** Reader's name of a breakdown variable ({@code sex} is "Kön"). */
    public String variable(String name) {
        return texts.find("domain.variable." + name).orElse(name);
    }

    /** The name of a breakdown, its variables joined by {@code ;}: "Kön", "Kön och årskurs"; empty for all students. */
    public String breakdown(String breakdown) {
        if (breakdown.isEmpty()) {
            return "";
        }
        String name = null;
        for (String v : breakdown.split(";")) {
            name = name == null ? variable(v) : texts.get("domain.crossed", name, variable(v).toLowerCase(SwedishFormat.LOCALE));
        }
        return name;
    }
}
