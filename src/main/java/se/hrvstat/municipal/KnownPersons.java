package se.hrvstat.municipal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import se.hrvstat.result.CaseCount;

/**
 * The counts of known persons of a year's returns, summed over the cells of EXCHANGE.md 2.1:
 * persons by municipality and sector, nationally by sex and age group, and nationally by type
 * of violence and sector. A municipality returned a sector when it has a return for it; totals
 * run over the returned sectors and municipalities only, nothing is imputed.
 */
final class KnownPersons {
    /** kommunkod to the sectors it returned. */
    final Map<String, Set<String>> returned = new TreeMap<>();
    /** (kommunkod, sector) to persons. */
    final Map<String, Long> byMunicipalitySector = new LinkedHashMap<>();
    /** (sex, age group) to persons, nationally. */
    final Map<String, Long> bySexAge = new LinkedHashMap<>();
    /** (type, sector) to persons with that type of violence, nationally. */
    final Map<String, Long> byTypeSector = new LinkedHashMap<>();

    KnownPersons(List<CaseCount> cases, Geography geo) {
        for (CaseCount c : cases) {
            check(c, geo);
            returned.computeIfAbsent(c.kommunkod(), k -> new TreeSet<>()).add(c.sector());
            if (Codes.PERSONS.equals(c.measure())) {
                byMunicipalitySector.merge(key(c.kommunkod(), c.sector()), c.value(), Long::sum);
                bySexAge.merge(key(c.sex(), c.ageGroup()), c.value(), Long::sum);
            } else {
                byTypeSector.merge(key(c.measure(), c.sector()), c.value(), Long::sum);
            }
        }
    }

    static String key(String a, String b) {
        return a + "|" + b;
    }

    boolean returned(String kommunkod) {
        return returned.containsKey(kommunkod);
    }

    boolean returned(String kommunkod, String sector) {
        Set<String> s = returned.get(kommunkod);
        return s != null && s.contains(sector);
    }

    long persons(String kommunkod, String sector) {
        return byMunicipalitySector.getOrDefault(key(kommunkod, sector), 0L);
    }

    private static void check(CaseCount c, Geography geo) {
        geo.county(c.kommunkod());
        if (!Codes.SECTORS.contains(c.sector()) || !Codes.SEXES.contains(c.sex())
                || !Codes.AGE_GROUPS.contains(c.ageGroup())
                || !(Codes.PERSONS.equals(c.measure()) || Codes.TYPES.contains(c.measure())) || c.value() < 0) {
            throw new IllegalArgumentException("a validated municipal count has an unknown code or a negative value: " + c);
        }
    }
}
