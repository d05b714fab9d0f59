package se.hrvstat.municipal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.StatTable;
import se.hrvstat.survey.disclosure.CellSystem;
import se.hrvstat.survey.disclosure.DisclosureAudit;
import se.hrvstat.survey.disclosure.DisclosureRules;
import se.hrvstat.survey.disclosure.SecondarySuppression;
import se.hrvstat.survey.disclosure.SuppressionPattern;

/**
 * The municipal tables of a reference year, disclosure control applied: primary suppression of
 * counts by {@link DisclosureRules}, secondary suppression across all count tables at once
 * ({@link CountCells}), then an independent audit of the final pattern; a failing audit throws
 * {@link DisclosureAuditException} and nothing is returned.
 */
public final class MunicipalStatistics {
    private final Words words;
    private final Geography geo;
    private final DisclosureRules rules;
    private final double level;

    /**
     * @param words the words of the tables ({@code municipal.*} of {@code report-templates/texts.properties})
     * @param level confidence level of the rate intervals, e.g. 0.95
     */
    public MunicipalStatistics(Words words, Geography geo, DisclosureRules rules, double level) {
        this.words = words;
        this.geo = geo;
        this.rules = rules;
        this.level = level;
    }

    /** The published tables and what disclosure control did. */
    /**
     * @param auditReport every suppressed cell's true value and provable range ({@code DisclosureAudit.Result#report});
     *                    internal, never to be published
     */
    public record Publication(List<StatTable> tables, int cells, int primary, int suppressed, int auditedRanges,
                              String auditReport, List<MunicipalProfile> profiles) {
        public Publication {
            tables = List.copyOf(tables);
            profiles = List.copyOf(profiles);
        }
    }

    public Publication compute(MunicipalYear year, Optional<MunicipalYear> previous) {
        KnownPersons known = new KnownPersons(year.cases(), geo);
        Coverage coverage = new Coverage(geo, year.population());
        CellSystem cells = CountCells.build(known, geo);
        SuppressionPattern primary = SuppressionPattern.primary(cells, rules);
        SecondarySuppression.Outcome outcome = new SecondarySuppression(rules).complete(cells, primary);
        // the audit of what is published, run afresh on the final pattern
        DisclosureAudit.Result audit = new DisclosureAudit(rules).audit(cells, outcome.pattern());
        if (!audit.passes()) {
            throw new DisclosureAuditException(year.year(), audit.failures());
        }
        Set<String> returning = known.returned.keySet();
        Coverage.Share nation = coverage.national(returning);
        String casesNote = Coverage.note(words, nation, year.year(), "municipal.note.coverage.cases");
        List<String> countNotes = List.of(casesNote, words.get("municipal.note.suppressed", rules.minCount()),
                words.get("municipal.note.missing"), words.get("municipal.note.sectors"));
        String source = words.get("municipal.source", year.year());

        PersonTables persons = new PersonTables(words, geo, cells, outcome.pattern(), year.year(), source, countNotes);
        RateTables rates = new RateTables(words, geo, known, coverage, cells, outcome.pattern(), rules, level,
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
        List<MunicipalProfile> profiles = new MunicipalProfiles(geo, rates, previous.flatMap(this::lastYearRates),
                efforts, coverage, returning, level).build(year);
        return new Publication(tables, cells.size(), outcome.pattern().primaryCount(), outcome.pattern().suppressedCount(),
                audit.ranges().size(), audit.report(), profiles);
    }

    /**
     * Last year's rates as last year's tables published them: its own cells, primary and secondary
     * suppression under the same rules, its own population; empty without last year's cases.
     */
    private Optional<RateTables> lastYearRates(MunicipalYear last) {
        if (last.cases().isEmpty() || last.population().isEmpty()) {
            return Optional.empty();
        }
        KnownPersons known = new KnownPersons(last.cases(), geo);
        CellSystem cells = CountCells.build(known, geo);
        SuppressionPattern pattern = new SecondarySuppression(rules)
                .complete(cells, SuppressionPattern.primary(cells, rules)).pattern();
        return Optional.of(new RateTables(words, geo, known, new Coverage(geo, last.population()), cells, pattern, rules,
                level, last.year(), "", List.of()));
    }
}
