package se.hrvstat.municipal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.hrvstat.result.DisclosureFacts;
import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.StatTable;
import se.hrvstat.survey.disclosure.CellKeyMethod;
import se.hrvstat.survey.disclosure.CellKeys;
import se.hrvstat.survey.disclosure.CellSystem;
import se.hrvstat.survey.disclosure.DisclosureAudit;
import se.hrvstat.survey.disclosure.DisclosureRules;
import se.hrvstat.survey.disclosure.SecondarySuppression;
import se.hrvstat.survey.disclosure.SuppressionPattern;

/**
 * The municipal tables of a reference year, disclosure control applied: primary suppression of
 * counts by {@link DisclosureRules}, secondary suppression across all count tables at once
 * ({@link CountCells}), then an independent audit of the final pattern; a failing audit throws
 * {@link DisclosureAuditException} and nothing is returned. Or, {@link #withCellKeys with cell keys},
 * the Cell Key Method: every count published with the perturbation of its cell key, nothing
 * suppressed for being small; a run-time check that the figures keep the method's promise and
 * that every table and profile shows the same figure for the same cell throws
 * {@link PerturbationCheckException}.
 */
public final class MunicipalStatistics {
    private final Words words;
    private final Geography geo;
    private final DisclosureRules rules;
    private final double level;
    /** The Cell Key Method's keys and table; null under suppression. */
    private final CellKeyRule cellKey;

    private record CellKeyRule(CellKeys keys, CellKeyMethod method) {
    }

    /**
     * @param words the words of the tables ({@code municipal.*} of {@code report-templates/texts.properties})
     * @param level confidence level of the rate intervals, e.g. 0.95
     */
    public MunicipalStatistics(Words words, Geography geo, DisclosureRules rules, double level) {
        this.words = words;
        this.geo = geo;
        this.rules = rules;
        this.level = level;
        this.cellKey = null;
    }

    private MunicipalStatistics(MunicipalStatistics s, CellKeyRule cellKey) {
        this.words = s.words;
        this.geo = s.geo;
        this.rules = s.rules;
        this.level = s.level;
        this.cellKey = cellKey;
    }

    /** The same tables under the Cell Key Method instead of suppression. */
    public MunicipalStatistics withCellKeys(CellKeys keys, CellKeyMethod method) {
        return new MunicipalStatistics(this, new CellKeyRule(keys, method));
    }

    /**
     * The published tables and what disclosure control did.
     *
     * @param auditReport every suppressed cell's true value and provable range ({@code DisclosureAudit.Result#report});
     *                    internal, never to be published
     * @param perturbed   under the Cell Key Method, how many count cells are published with another value than
     *                    their true count (0 under suppression)
     * @param meanAbsoluteDeviation under the Cell Key Method, the mean absolute deviation of all count cells
     */
    public record Publication(List<StatTable> tables, int cells, int primary, int suppressed, int auditedRanges,
                              String auditReport, List<MunicipalProfile> profiles, int perturbed,
                              double meanAbsoluteDeviation) {
        public Publication {
            tables = List.copyOf(tables);
            profiles = List.copyOf(profiles);
        }
    }

    public Publication compute(MunicipalYear year, Optional<MunicipalYear> previous) {
        KnownPersons known = new KnownPersons(year.cases(), geo);
        Coverage coverage = new Coverage(geo, year.population());
        CellSystem cells = CountCells.build(known, geo);
        Protected counts = protect(year, cells, true);
        Set<String> returning = known.returned.keySet();
        Coverage.Share nation = coverage.national(returning);
        String casesNote = Coverage.note(words, nation, year.year(), "municipal.note.coverage.cases");
        String methodNote = cellKey == null ? words.get("municipal.note.suppressed", rules.minCount())
                : words.get("municipal.note.cellkey", cellKey.method().table().maxDeviation());
        List<String> countNotes = List.of(casesNote, methodNote,
                words.get("municipal.note.missing"), words.get("municipal.note.sectors"));
        String source = words.get("municipal.source", year.year());

        PersonTables persons = new PersonTables(words, geo, counts.published(), counts.pattern(), year.year(), source,
                countNotes);
        RateTables rates = new RateTables(words, geo, known, coverage, counts.published(), counts.pattern(), rules, level,
                year.year(), source, countNotes);
        EffortTables efforts = new EffortTables(words, geo, coverage, rules, year, previous, source);
        List<StatTable> tables = new ArrayList<>();
        tables.add(CoverageTable.table(words, geo, coverage, returning, year.year(), source));
        tables.add(persons.byCounty());
        tables.add(persons.byMunicipality());
        tables.add(persons.bySexAndAge());
        tables.add(persons.byTypeOfViolence());
        tables.add(rates.byCounty());
        tables.add(rates.national());
        tables.add(efforts.levels());
        efforts.changes().ifPresent(tables::add);
        Optional<LastYear> lastYear = previous.flatMap(this::lastYearRates);
        List<MunicipalProfile> profiles = new MunicipalProfiles(geo, rates, lastYear.map(LastYear::rates),
                efforts, coverage, returning, level).build(year).stream().map(pr -> pr.withDisclosure(disclosure()))
                .toList();
        if (cellKey != null) {
            List<String> differ = new ArrayList<>(PublishedCellCheck.tables(tables, counts.published(), geo, year.year()));
            differ.addAll(PublishedCellCheck.profiles(profiles, counts.published(),
                    lastYear.map(LastYear::published), geo));
            if (!differ.isEmpty()) {
                throw new PerturbationCheckException(year.year(), differ);
            }
        }
        return new Publication(tables, cells.size(), counts.pattern().primaryCount(), counts.pattern().suppressedCount(),
                counts.auditedRanges(), counts.report(), profiles, counts.perturbed(), counts.meanAbsoluteDeviation());
    }

    /** The method and its numbers, as the profiles state them. */
    DisclosureFacts disclosure() {
        return cellKey == null ? DisclosureFacts.suppression(rules.minCount(), rules.minPersonsForShare())
                : DisclosureFacts.cellKey(rules.minCount(), rules.minPersonsForShare(),
                        cellKey.method().table().maxDeviation());
    }

    /** The published counts of a year and how they were protected. */
    private record Protected(CellSystem published, SuppressionPattern pattern, int auditedRanges, String report,
                             int perturbed, double meanAbsoluteDeviation) {
    }

    /**
     * The year's counts as published: suppressed (primary, secondary and, with {@code audit}, the
     * audit of the final pattern) or perturbed by their cell keys and checked against the method's
     * promise.
     */
    private Protected protect(MunicipalYear year, CellSystem cells, boolean audit) {
        if (cellKey != null) {
            CellSystem published = cellKey.method().perturb(cells,
                    CellKeySums.of(cells, year.year(), year.cases(), geo, cellKey.keys()));
            List<String> broken = new ArrayList<>(cellKey.method().violations(cells, published));
            if (audit && broken.isEmpty()) {
                broken.addAll(cellKey.method().pinned(cells, published, rules::sensitiveCount));
            }
            if (!broken.isEmpty()) {
                throw new PerturbationCheckException(year.year(), broken);
            }
            boolean[] none = new boolean[cells.size()];
            return new Protected(published, new SuppressionPattern(none, none), 0, "",
                    CellKeyMethod.changed(cells, published), CellKeyMethod.meanAbsoluteDeviation(cells, published));
        }
        SuppressionPattern primary = SuppressionPattern.primary(cells, rules);
        SecondarySuppression.Outcome outcome = new SecondarySuppression(rules).complete(cells, primary);
        if (!audit) {
            return new Protected(cells, outcome.pattern(), 0, "", 0, 0);
        }
        // the audit of what is published, run afresh on the final pattern
        DisclosureAudit.Result result = new DisclosureAudit(rules).audit(cells, outcome.pattern());
        if (!result.passes()) {
            throw new DisclosureAuditException(year.year(), result.failures());
        }
        return new Protected(cells, outcome.pattern(), result.ranges().size(), result.report(), 0, 0);
    }

    /** Last year's rates and the counts they rest on, as last year's tables published them. */
    private record LastYear(RateTables rates, CellSystem published) {
    }

    /**
     * Last year's rates as last year's tables published them: its own cells, primary and secondary
     * suppression under the same rules (or its own cell keys: the identifiers hold the year), its
     * own population; empty without last year's cases.
     */
    private Optional<LastYear> lastYearRates(MunicipalYear last) {
        if (last.cases().isEmpty() || last.population().isEmpty()) {
            return Optional.empty();
        }
        KnownPersons known = new KnownPersons(last.cases(), geo);
        CellSystem cells = CountCells.build(known, geo);
        Protected counts = protect(last, cells, false);
        return Optional.of(new LastYear(new RateTables(words, geo, known, new Coverage(geo, last.population()),
                counts.published(), counts.pattern(), rules, level, last.year(), "", List.of()), counts.published()));
    }
}
