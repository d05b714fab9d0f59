package se.hrvstat.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.hrvstat.municipal.Geography;
import se.hrvstat.municipal.MunicipalStatistics;
import se.hrvstat.municipal.MunicipalYear;
import se.hrvstat.publish.Texts;
import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.ReferenceLists;
import se.hrvstat.result.StatTable;
import se.hrvstat.store.MunicipalReturnStore;
import se.hrvstat.survey.disclosure.DisclosureRules;

/**
 * The municipal tables of a reference year for the publications: the latest returns from the
 * store, the rules of {@code jobs/disclosure.properties}, suppression and the audit. A failing
 * audit throws {@link se.hrvstat.municipal.DisclosureAuditException}, which stops the run
 * (exit status 1) before anything is published.
 */
@Component
public class MunicipalPublication {
    private static final Logger LOG = LoggerFactory.getLogger(MunicipalPublication.class);
    private final MunicipalReturnStore store;
    private final PipelineSettings settings;

    public MunicipalPublication(MunicipalReturnStore store, PipelineSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** What the tables are computed from; records, so equal inputs give equal keys. */
    private record Inputs(MunicipalYear current, MunicipalYear previous, DisclosureRules rules, double level,
                          Optional<String> cellKey) {
    }

    /** The last computation: the publish step and the fact-sheet step of one run ask for the same tables. */
    private Inputs lastInputs;
    private MunicipalStatistics.Publication lastPublication;

    /**
     * The year's municipal tables, disclosure control applied; empty when nothing was returned.
     * Suppression and its audit run once for the same returns and rules: a second call with
     * unchanged inputs (the fact sheets after the report) gets the same tables.
     */
    public synchronized List<StatTable> tables(int year) {
        return publication(year).map(MunicipalStatistics.Publication::tables).orElse(List.of());
    }

    /**
     * The profiles of the municipalities that returned in {@code year}, from the same computation
     * as {@link #tables} (the same cells and suppression); empty when nothing was returned.
     */
    public synchronized List<MunicipalProfile> profiles(int year) {
        return publication(year).map(MunicipalStatistics.Publication::profiles).orElse(List.of());
    }

    private Optional<MunicipalStatistics.Publication> publication(int year) {
        MunicipalYear current = load(year, year);
        if (current.cases().isEmpty() && current.efforts().isEmpty()) {
            LOG.info("no municipal returns for {}: no municipal tables", year);
            return Optional.empty();
        }
        DisclosureSettings disclosure = disclosure();
        Inputs inputs = new Inputs(current, load(year - 1, year), disclosure.rules(), settings.level(),
                disclosure.cellKey().map(DisclosureSettings.CellKey::settings));
        if (!inputs.equals(lastInputs)) {
            lastPublication = compute(inputs, disclosure);
            lastInputs = inputs;
        }
        return Optional.of(lastPublication);
    }

    private MunicipalStatistics.Publication compute(Inputs in, DisclosureSettings disclosure) {
        MunicipalYear previous = in.previous();
        Texts texts = Texts.load(settings.templatesDir());
        MunicipalStatistics statistics = new MunicipalStatistics(texts::get, geography(), in.rules(), in.level());
        if (disclosure.cellKey().isPresent()) {
            DisclosureSettings.CellKey ck = disclosure.cellKey().get();
            statistics = statistics.withCellKeys(ck.keys(), ck.method());
        }
        MunicipalStatistics.Publication p = statistics
                .compute(in.current(), lastYear(previous));
        if (disclosure.cellKey().isPresent()) {
            DisclosureSettings.CellKey ck = disclosure.cellKey().get();
            LOG.info("municipal tables {}: Cell Key Method (D = {}, V = {}, key from {}): {} count cells, {} published with "
                    + "another value than their count, mean absolute deviation {}; checked: every figure within D, "
                    + "no zero created or removed, the same figure for the same cell in every table and profile, "
                    + "no sensitive count pinned by the sums",
                    in.current().year(), ck.method().table().maxDeviation(), ck.method().table().variance(),
                    ck.secretSource(), p.cells(), p.perturbed(), String.format(java.util.Locale.ROOT, "%.3f",
                    p.meanAbsoluteDeviation()));
            return p;
        }
        LOG.info("municipal tables {}: {} count cells, {} suppressed as sensitive and {} more to protect them; "
                + "the audit with the intruder's knowledge (a '..' >= {}, whole numbers, type <= persons) checked {} ranges "
                + "by integer programming and passed", in.current().year(), p.cells(), p.primary(),
                p.suppressed() - p.primary(), in.rules().lowestSuppressed(), p.auditedRanges());
        // the provable range of every suppressed cell, with its true value: internal, only in the log
        LOG.debug("disclosure audit {}, every suppressed cell:\n{}", in.current().year(), p.auditReport());
        return p;
    }

    /**
     * Last year's mapping when it has anything returned, cases or efforts: a year with cases but no
     * effort returns still gives the profiles last year's counts and rates (the efforts tables leave
     * out a year without efforts themselves).
     */
    static Optional<MunicipalYear> lastYear(MunicipalYear previous) {
        return previous.cases().isEmpty() && previous.efforts().isEmpty() ? Optional.empty() : Optional.of(previous);
    }

    /** A year's municipal mapping as read by the run of reference year {@code inputsOf} (its input files). */
    private MunicipalYear load(int year, int inputsOf) {
        return new MunicipalYear(year, store.latestCases(year, inputsOf), store.latestEfforts(year, inputsOf),
                store.population(year, inputsOf));
    }

    static Geography geography() {
        ReferenceLists ref = ReferenceLists.standard();
        Map<String, String> countyOf = new HashMap<>();
        ref.municipalities().keySet().forEach(k -> countyOf.put(k, ref.countyOf(k)));
        return new Geography(ref.municipalities(), countyOf, ref.counties());
    }

    /** The settings of {@code jobs/disclosure.properties}; {@link DisclosureSettings.Invalid} when one is not allowed. */
    public DisclosureSettings disclosure() {
        return DisclosureSettings.read(settings);
    }

    /** The rules of {@code jobs/disclosure.properties}; defaults where a key is absent. */
    DisclosureRules rules() {
        return disclosure().rules();
    }
}
