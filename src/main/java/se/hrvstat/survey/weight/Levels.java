package se.hrvstat.survey.weight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The levels of a calibration variable in the order R's {@code factor()} gives them: numeric
 * order when every level is a number, else the order of the text ({@code sort()} in the C
 * locale). The first level is R's reference level under treatment contrasts.
 */
final class Levels {
    private Levels() {
    }

    static List<String> sorted(Collection<String> values) {
        List<String> levels = new ArrayList<>(new LinkedHashSet<>(values));
        boolean numeric = true;
        for (String v : levels) {
            try {
                Double.parseDouble(v);
            } catch (NumberFormatException e) {
                numeric = false;
                break;
            }
        }
        if (numeric) {
            levels.sort(Comparator.comparingDouble(Double::parseDouble));
        } else {
            levels.sort(Comparator.naturalOrder());
        }
        return levels;
    }
}
