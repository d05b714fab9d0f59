package se.hrvstat.municipal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import se.hrvstat.result.PopulationCount;

/**
 * Who returned: municipalities and inhabitants of those that returned against all, per county
 * and nationally. Counts are never imputed for those that did not return (EXCHANGE.md 2.3), so
 * this is published beside every national figure.
 */
final class Coverage {
    private final Geography geo;
    private final Map<String, Map<String, Long>> population = new HashMap<>();

    Coverage(Geography geo, List<PopulationCount> rows) {
        this.geo = geo;
        for (PopulationCount p : rows) {
            geo.county(p.kommunkod());
            if (!Codes.POPULATION_SEXES.contains(p.sex()) || !Codes.POPULATION_AGES.contains(p.ageGroup()) || p.count() < 0) {
                throw new IllegalArgumentException("a validated population count has an unknown code or a negative value: " + p);
            }
            population.computeIfAbsent(p.kommunkod(), k -> new HashMap<>())
                    .merge(KnownPersons.key(p.sex(), p.ageGroup()), p.count(), Long::sum);
        }
    }

    /** Inhabitants of a municipality, of one (sex, age) group or all ({@code null, null}). */
    long inhabitants(String kommunkod, String sex, String age) {
        Map<String, Long> m = population.getOrDefault(kommunkod, Map.of());
        if (sex == null) {
            return m.values().stream().mapToLong(Long::longValue).sum();
        }
        return m.getOrDefault(KnownPersons.key(sex, age), 0L);
    }

    /** Inhabitants summed over the municipalities that pass the filter. */
    long inhabitants(Predicate<String> municipalities, String sex, String age) {
        long sum = 0;
        for (String kod : geo.municipalities().keySet()) {
            if (municipalities.test(kod)) {
                sum += inhabitants(kod, sex, age);
            }
        }
        return sum;
    }

    /** A fact for one area: municipalities and inhabitants, returning and all. */
    record Share(int municipalities, int returned, long inhabitants, long inhabitantsReturned) {
        double municipalityPercent() {
            return municipalities == 0 ? Double.NaN : 100.0 * returned / municipalities;
        }

        double populationPercent() {
            return inhabitants == 0 ? Double.NaN : 100.0 * inhabitantsReturned / inhabitants;
        }
    }

    Share of(List<String> area, Set<String> returning) {
        int returned = (int) area.stream().filter(returning::contains).count();
        long all = area.stream().mapToLong(k -> inhabitants(k, null, null)).sum();
        long ret = area.stream().filter(returning::contains).mapToLong(k -> inhabitants(k, null, null)).sum();
        return new Share(area.size(), returned, all, ret);
    }

    Share national(Set<String> returning) {
        return of(List.copyOf(geo.municipalities().keySet()), returning);
    }

    /** The Swedish footnote beside a national figure; {@code what} is the key of what it covers. */
    static String note(Words words, Share s, int year, String what) {
        return words.get("municipal.note.coverage", words.get(what), year, s.returned(), s.municipalities(),
                s.populationPercent());
    }
}
