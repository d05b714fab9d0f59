package se.hrvstat.municipal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import se.hrvstat.result.EffortReturn;
import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.StatTable;
import se.hrvstat.result.StatTable.Cell;
import se.hrvstat.survey.disclosure.DisclosureRules;

/**
 * The efforts indicators (EXCHANGE.md 2.2): the share of the municipalities that returned that
 * have an action plan, routines, a coordinator, cooperation and a preventive method, and the
 * share of staff trained (trained / staff over the returning municipalities), per county and
 * nationally, and their change since last year in percentage points. Facts about municipalities'
 * own work are not about persons and are not suppressed; the staff share follows the rule for
 * percentages on few persons.
 */
final class EffortTables {
    /** The keys of the columns' names: the seven yes/no facts, then the share of staff trained. */
    static final List<String> HEADING = List.of("municipal.efforts.action.plan", "municipal.efforts.routine.social",
            "municipal.efforts.routine.school", "municipal.efforts.coordinator", "municipal.efforts.cooperation.police",
            "municipal.efforts.cooperation.region", "municipal.efforts.preventive.method",
            "municipal.efforts.staff.trained");
    private static final List<Predicate<EffortReturn>> YES = List.of(EffortReturn::actionPlan,
            EffortReturn::routineSocial, EffortReturn::routineSchool, EffortReturn::coordinator,
            EffortReturn::cooperationPolice, EffortReturn::cooperationRegion, EffortReturn::preventiveMethod);

    private final Words words;
    private final Geography geo;
    private final Coverage coverage;
    private final DisclosureRules rules;
    private final MunicipalYear year;
    private final Optional<MunicipalYear> previous;
    private final String source;

    EffortTables(Words words, Geography geo, Coverage coverage, DisclosureRules rules, MunicipalYear year,
                 Optional<MunicipalYear> previous, String source) {
        this.words = words;
        this.geo = geo;
        this.coverage = coverage;
        this.rules = rules;
        this.year = year;
        this.previous = previous.filter(p -> !p.efforts().isEmpty());
        this.source = source;
    }

    /** Percent per indicator for the returns of an area, NaN where none returned or too few staff. */
    private double[] shares(List<EffortReturn> returns) {
        double[] out = new double[HEADING.size()];
        if (returns.isEmpty()) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        for (int i = 0; i < YES.size(); i++) {
            Predicate<EffortReturn> yes = YES.get(i);
            out[i] = 100.0 * returns.stream().filter(yes).count() / returns.size();
        }
        long trained = returns.stream().mapToLong(EffortReturn::staffTrained).sum();
        long staff = returns.stream().mapToLong(EffortReturn::staffTotal).sum();
        out[YES.size()] = rules.shareAllowed(staff) && staff > 0 ? 100.0 * trained / staff : Double.NaN;
        return out;
    }

    private Map<String, List<EffortReturn>> byCounty(MunicipalYear y) {
        Map<String, List<EffortReturn>> m = new HashMap<>();
        for (EffortReturn e : y.efforts()) {
            m.computeIfAbsent(geo.county(e.kommunkod()), k -> new ArrayList<>()).add(e);
        }
        return m;
    }

    private List<String> stub() {
        List<String> stub = new ArrayList<>(geo.countyLabels());
        stub.add(words.get("municipal.nation"));
        return stub;
    }

    private List<double[]> rows(MunicipalYear y) {
        Map<String, List<EffortReturn>> byCounty = byCounty(y);
        List<double[]> rows = new ArrayList<>();
        for (String lan : geo.counties().keySet()) {
            rows.add(shares(byCounty.getOrDefault(lan, List.of())));
        }
        rows.add(shares(y.efforts()));
        return rows;
    }

    private String coverageNote(MunicipalYear y) {
        Coverage c = y == year || y.population().isEmpty() ? coverage : new Coverage(geo, y.population());
        Coverage.Share s = c.national(y.efforts().stream().map(EffortReturn::kommunkod)
                .collect(java.util.stream.Collectors.toSet()));
        return Coverage.note(words, s, y.year(), "municipal.note.coverage.efforts");
    }

    /**
     * The municipality's efforts beside its own last year, its county and the nation: for the
     * municipality 100 (yes) or 0 (no) and the share of its staff trained (withheld on fewer staff
     * than the rule allows, as in the tables); for the county and the nation the cells of
     * {@link #levels}.
     */
    List<MunicipalProfile.Effort> profile(String kod) {
        double[] own = own(year, kod);
        double[] before = previous.map(p -> own(p, kod)).orElseGet(() -> nan());
        List<double[]> rows = rows(year);
        List<String> counties = List.copyOf(geo.counties().keySet());
        double[] county = rows.get(counties.indexOf(geo.county(kod)));
        double[] nation = rows.get(rows.size() - 1);
        List<MunicipalProfile.Effort> efforts = new ArrayList<>();
        for (int i = 0; i < HEADING.size(); i++) {
            efforts.add(new MunicipalProfile.Effort(words.get(HEADING.get(i)), i < YES.size(), cell(own[i]),
                    cell(before[i]), cell(county[i]), cell(nation[i])));
        }
        return efforts;
    }

    private double[] own(MunicipalYear y, String kod) {
        return shares(y.efforts().stream().filter(e -> e.kommunkod().equals(kod)).toList());
    }

    private static double[] nan() {
        double[] out = new double[HEADING.size()];
        java.util.Arrays.fill(out, Double.NaN);
        return out;
    }

    private static Cell cell(double v) {
        return Double.isNaN(v) ? Cell.missing() : Cell.of(v);
    }

    StatTable levels() {
        List<List<Cell>> cells = new ArrayList<>();
        for (double[] r : rows(year)) {
            List<Cell> row = new ArrayList<>();
            for (double v : r) {
                row.add(Double.isNaN(v) ? Cell.missing() : Cell.of(v));
            }
            cells.add(row);
        }
        return table("insatser-lan-" + year.year(), words.get("municipal.efforts.sheet"),
                words.get("municipal.efforts.title", year.year()), cells, words.get("municipal.efforts.unit"),
                List.of(coverageNote(year), words.get("municipal.efforts.note.shares"),
                        words.get("municipal.efforts.note.missing", rules.minPersonsForShare())));
    }

    Optional<StatTable> changes() {
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        MunicipalYear last = previous.get();
        List<double[]> now = rows(year);
        List<double[]> before = rows(last);
        List<List<Cell>> cells = new ArrayList<>();
        for (int r = 0; r < now.size(); r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < HEADING.size(); c++) {
                double d = now.get(r)[c] - before.get(r)[c];
                row.add(Double.isNaN(d) ? Cell.missing() : Cell.of(d));
            }
            cells.add(row);
        }
        return Optional.of(table("insatser-forandring-lan-" + year.year(), words.get("municipal.efforts.changes.sheet"),
                words.get("municipal.efforts.changes.title", last.year(), year.year()), cells,
                words.get("municipal.efforts.changes.unit"),
                List.of(coverageNote(year), coverageNote(last), words.get("municipal.efforts.changes.note.returns"),
                        words.get("municipal.efforts.changes.note.missing"))));
    }

    /** A table of the efforts by county (one decimal). */
    private StatTable table(String id, String sheetName, String title, List<List<Cell>> cells, String unit,
                            List<String> footnotes) {
        return new StatTable(id, sheetName, title, words.get("municipal.stub.county"), stub(),
                words.get("municipal.heading.effort"), HEADING.stream().map(k -> words.get(k)).toList(), cells, unit,
                StatTable.decimalsOf(HEADING.size(), 1), source, footnotes);
    }
}
