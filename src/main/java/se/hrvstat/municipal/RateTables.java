package se.hrvstat.municipal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.StatTable;
import se.hrvstat.result.StatTable.Cell;
import se.hrvstat.survey.disclosure.CellSystem;
import se.hrvstat.survey.disclosure.DisclosureRules;
import se.hrvstat.survey.disclosure.ExactPoissonInterval;
import se.hrvstat.survey.disclosure.SuppressionPattern;

/**
 * Known persons per 10 000 inhabitants of the same group, in the municipalities that returned,
 * with exact Poisson intervals (Garwood 1936; the population taken as known). A rate is withheld
 * when its count is suppressed or rests on fewer persons than the rules allow for a rate.
 */
final class RateTables {
    static final double PER = 10_000;
    private final Words words;
    private final Geography geo;
    private final KnownPersons known;
    private final Coverage coverage;
    private final CellSystem cells;
    private final SuppressionPattern pattern;
    private final DisclosureRules rules;
    private final double level;
    private final int year;
    private final String source;
    private final List<String> notes;

    RateTables(Words words, Geography geo, KnownPersons known, Coverage coverage, CellSystem cells,
               SuppressionPattern pattern, DisclosureRules rules, double level, int year, String source,
               List<String> countNotes) {
        this.words = words;
        this.geo = geo;
        this.known = known;
        this.coverage = coverage;
        this.cells = cells;
        this.pattern = pattern;
        this.rules = rules;
        this.level = level;
        this.year = year;
        this.source = source;
        List<String> n = new ArrayList<>(countNotes);
        n.add(words.get("municipal.rates.note", rules.minPersonsForShare(), Math.round(level * 100)));
        this.notes = List.copyOf(n);
    }

    private List<String> heading() {
        long pct = Math.round(level * 100);
        return List.of(words.get("municipal.rates.rate"), words.get("municipal.rates.ci.low", pct),
                words.get("municipal.rates.ci.high", pct));
    }

    /** The rate of the count cell {@code key} over {@code inhabitants}: three cells, all withheld together. */
    private List<Cell> rate(String key, long inhabitants) {
        if (!cells.has(key) || inhabitants <= 0) {
            return List.of(Cell.missing(), Cell.missing(), Cell.missing());
        }
        int i = cells.indexOf(key);
        long count = cells.value(i);
        if (pattern.isSuppressed(i) || !rules.shareAllowed(count)) {
            return List.of(Cell.suppressed(), Cell.suppressed(), Cell.suppressed());
        }
        double[] ci = ExactPoissonInterval.rate(count, inhabitants, PER, level);
        return List.of(Cell.of(count / (double) inhabitants * PER), Cell.of(ci[0]), Cell.of(ci[1]));
    }

    /**
     * The municipality's known persons and rate, cell for cell as the published tables have them:
     * the count of {@code kanda-personer-kommun} and the rate by {@link #rate}'s rule.
     */
    MunicipalProfile.Rate municipality(String kod) {
        return profileRate("m|" + kod + "|*", known.returned(kod) ? coverage.inhabitants(kod, null, null) : 0);
    }

    /** The county's known persons and rate, as in {@code kanda-personer-lan} and {@link #byCounty}. */
    MunicipalProfile.Rate county(String lan) {
        return profileRate("c|" + lan + "|*", coverage.inhabitants(k -> known.returned(k) && geo.county(k).equals(lan),
                null, null));
    }

    /** The nation's known persons and rate, as in the nation rows of the published tables. */
    MunicipalProfile.Rate nation() {
        return profileRate("n|*", coverage.inhabitants(known::returned, null, null));
    }

    private MunicipalProfile.Rate profileRate(String key, long inhabitants) {
        List<Cell> r = rate(key, inhabitants);
        return new MunicipalProfile.Rate(CountCells.cell(cells, pattern, key), r.get(0), r.get(1), r.get(2));
    }

    StatTable byCounty() {
        List<String> stub = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (var county : geo.counties().entrySet()) {
            stub.add(geo.countyLabel(county.getKey()));
            String lan = county.getKey();
            rows.add(rate("c|" + lan + "|*", coverage.inhabitants(k -> known.returned(k) && geo.county(k).equals(lan),
                    null, null)));
        }
        stub.add(words.get("municipal.nation"));
        rows.add(rate("n|*", coverage.inhabitants(known::returned, null, null)));
        return table("kanda-personer-per-10000-lan-" + year, "municipal.rates.county", "municipal.stub.county", stub,
                rows, notes);
    }

    StatTable national() {
        List<String> stub = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        stub.add(words.get("municipal.all"));
        rows.add(rate("n|*", coverage.inhabitants(known::returned, null, null)));
        for (String s : Codes.SECTORS) {
            stub.add(words.code(s));
            Predicate<String> returnedSector = k -> known.returned(k, s);
            rows.add(rate("n|" + s, coverage.inhabitants(returnedSector, null, null)));
        }
        for (String sex : Codes.POPULATION_SEXES) {
            for (String age : Codes.POPULATION_AGES) {
                stub.add(words.get("municipal.sex.age", words.code(sex), words.code(age)));
                rows.add(rate("sa|" + sex + "|" + age, coverage.inhabitants(known::returned, sex, age)));
            }
        }
        List<String> n = new ArrayList<>(notes);
        n.add(words.get("municipal.rates.nation.note"));
        return table("kanda-personer-per-10000-riket-" + year, "municipal.rates.nation", "municipal.stub.group", stub,
                rows, n);
    }

    /** A table of rates (one decimal): its sheet name and title are the texts {@code key.sheet} and {@code key.title}. */
    private StatTable table(String id, String key, String stubTitleKey, List<String> stub, List<List<Cell>> rows,
                            List<String> footnotes) {
        List<String> heading = heading();
        return new StatTable(id, words.get(key + ".sheet"), words.get(key + ".title", year), words.get(stubTitleKey),
                stub, words.get("municipal.heading.fact"), heading, rows, words.get("municipal.rates.unit"),
                StatTable.decimalsOf(heading.size(), 1), source, footnotes);
    }
}
