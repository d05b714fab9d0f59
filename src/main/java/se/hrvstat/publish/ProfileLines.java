package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.hrvstat.result.DisclosureFacts;
import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.SmallAreaRule;
import se.hrvstat.result.StatTable;

/**
 * A {@link MunicipalProfile} as the lines of {@code municipal-profile.jrxml}: sections of five
 * columns in one order (known persons and efforts: the municipality this year and last year, its county,
 * the nation, the change since last year; coverage: county and nation; the modelled
 * survey share where it exists), every figure formatted the Swedish way with the table symbols,
 * and the legend of exactly the symbols that occur. Every word from {@link Texts} ({@code profile.*}).
 * The same lines serve the PDF ({@link #rows()}) and the web edition ({@link #sections()}).
 */
public final class ProfileLines {
    /** A section of the profile: its heading, the note under it, the four column heads and its rows. */
    public record Section(String group, String note, List<String> heads, List<Row> rows) {
    }

    /** A row: its label and five values as printed ({@code ..} and {@code –} for the symbols, "" for none). */
    public record Row(String label, List<String> values) {
    }

    private final Texts texts;
    private final MunicipalProfile p;
    private final List<Map<String, ?>> rows = new ArrayList<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Set<String> symbols = new LinkedHashSet<>();
    private final Set<SmallAreaRule.Publication> publications = java.util.EnumSet.noneOf(SmallAreaRule.Publication.class);
    private SmallAreaRule rule;

    public ProfileLines(MunicipalProfile profile, Texts texts) {
        this.p = profile;
        this.texts = texts;
        persons();
        efforts();
        coverage();
        modelled();
    }

    List<Map<String, ?>> rows() {
        return rows;
    }

    /** The sections in the order of the profile. */
    public List<Section> sections() {
        return sections.values().stream()
                .map(s -> new Section(s.group(), s.note(), s.heads(), List.copyOf(s.rows()))).toList();
    }

    /** The profile's introduction: the year, and how disclosure control reaches the profile under the run's method. */
    public String intro() {
        return texts.get(p.disclosure().cellKey() ? "profile.intro.cellkey" : "profile.intro", p.year());
    }

    /**
     * Under the Cell Key Method the tables' note on the adjusted counts (the same words,
     * {@code municipal.note.cellkey}); then the legend of the symbols that occur on the profile
     * ({@code .. –}; under the Cell Key Method a ".." is only a figure resting on too few persons),
     * then the source line.
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        DisclosureFacts disclosure = p.disclosure();
        if (disclosure.cellKey()) {
            notes.add(texts.get("municipal.note.cellkey", disclosure.maxDeviation()));
        }
        if (symbols.contains(SwedishFormat.SYMBOL_SUPPRESSED)) {
            notes.add(disclosure.cellKey() ? texts.get("profile.legend.suppressed.cellkey", disclosure.minPersonsShare())
                    : texts.get("legend.suppressed"));
        }
        if (symbols.contains(StatTableView.SYMBOL_MISSING)) {
            notes.add(texts.get("legend.missing"));
        }
        if (symbols.contains(SwedishFormat.SYMBOL_UNCERTAIN)) {
            notes.add(texts.get("legend.uncertain"));
        }
        if (publications.contains(SmallAreaRule.Publication.BAND)) {
            notes.add(texts.get("sae18b.profile.legend.band", Math.round(100 * rule.shownMax()),
                    Math.round(100 * rule.bandMax())));
        }
        if (publications.contains(SmallAreaRule.Publication.WITHHELD)) {
            notes.add(texts.get("sae18b.profile.legend.withheld", Math.round(100 * rule.bandMax())));
        }
        notes.add(texts.get("municipal.source", p.year()));
        if (!p.modelled().isEmpty()) {
            notes.add(texts.get("profile.modelled.source", p.year()));
        }
        return notes;
    }

    private String own(int year) {
        return texts.get("profile.column.municipality", p.name(), year);
    }

    private void persons() {
        String group = texts.get("profile.persons.group", p.year());
        String note = texts.get("profile.persons.note");
        // the columns in the order of the efforts' section: this year, last year, county, nation, change
        String[] heads = {own(p.year()), own(p.previousYear()), p.county(), texts.get("profile.column.nation"),
            texts.get("profile.column.change", p.previousYear())};
        MunicipalProfile.Persons s = p.persons();
        List<MunicipalProfile.Rate> places = List.of(s.municipality(), s.lastYear(), s.county(), s.nation());
        MunicipalProfile.Change change = s.change();
        add(group, note, heads, texts.get("profile.persons.count"), with(
                places.stream().map(r -> figure(r.persons(), 0)), signed(change.persons(), 0)));
        add(group, note, heads, texts.get("profile.persons.rate"), with(
                places.stream().map(r -> figure(r.rate(), 1)), signed(change.rate(), 1)));
        add(group, note, heads, texts.get("profile.persons.interval", levelPercent()), with(
                places.stream().map(this::interval), ""));
    }

    private static String[] with(java.util.stream.Stream<String> four, String fifth) {
        return java.util.stream.Stream.concat(four, java.util.stream.Stream.of(fifth)).toArray(String[]::new);
    }

    /** A change as printed: "+3", "−1,2" (U+2212), "0"; the symbols as {@link #figure}. */
    private String signed(StatTable.Cell cell, int decimals) {
        String text = figure(cell, decimals);
        if (text.matches("\u2212[0,]+\\*?")) {
            return text.substring(1); // a change that rounds to zero has no sign
        }
        return cell.value() != null && text.matches("[0-9].*") && !text.matches("[0,]+\\*?") ? "+" + text : text;
    }

    private long levelPercent() {
        return Math.round(p.level() * 100);
    }

    private String interval(MunicipalProfile.Rate r) {
        String low = figure(r.low(), 1);
        String high = figure(r.high(), 1);
        return low.equals(high) && r.low().value() == null ? low : low + "\u2013" + high;
    }

    private void efforts() {
        if (p.efforts().isEmpty()) {
            return;
        }
        String group = texts.get("profile.efforts.group", p.year());
        String note = texts.get("profile.efforts.note");
        String[] heads = {own(p.year()), own(p.previousYear()), p.county(), texts.get("profile.column.nation"),
            texts.get("profile.column.change", p.previousYear())};
        for (MunicipalProfile.Effort e : p.efforts()) {
            add(group, note, heads, e.label(), ownEffort(e, e.municipality()), ownEffort(e, e.lastYear()),
                    figure(e.county(), 1), figure(e.nation(), 1),
                    e.yesNo() ? "" : signed(MunicipalProfile.difference(e.municipality(), e.lastYear()), 1));
        }
    }

    private String ownEffort(MunicipalProfile.Effort e, StatTable.Cell cell) {
        if (!e.yesNo() || cell.value() == null) {
            return figure(cell, e.yesNo() ? 0 : 1);
        }
        return texts.get(cell.value() > 50 ? "profile.efforts.yes" : "profile.efforts.no");
    }

    private void coverage() {
        String group = texts.get("profile.coverage.group", p.year());
        String note = texts.get("profile.coverage.note");
        String[] heads = {"", "", p.county(), texts.get("profile.column.nation"), ""};
        MunicipalProfile.Share county = p.coverage().county();
        MunicipalProfile.Share nation = p.coverage().nation();
        add(group, note, heads, texts.get("profile.coverage.municipalities"), "", "",
                texts.get("profile.coverage.count", county.returned(), county.municipalities()),
                texts.get("profile.coverage.count", nation.returned(), nation.municipalities()), "");
        add(group, note, heads, texts.get("profile.coverage.inhabitants"), "", "",
                percent(county.inhabitantsPercent()), percent(nation.inhabitantsPercent()), "");
    }

    private String percent(double v) {
        return figure(Double.isNaN(v) ? StatTable.Cell.missing() : StatTable.Cell.of(v), 1);
    }

    /**
     * The modelled survey shares: per indicator a row of shares (the municipality's model-based
     * estimate, the county's and the nation's direct estimates) and a row of their intervals. The
     * municipality's figure follows the publication rule (sae18b.*): shown with its interval, its
     * interval alone (band), or {@code ..} for both (withheld), each with its line in the legend.
     */
    private void modelled() {
        if (p.modelled().isEmpty()) {
            return;
        }
        String group = texts.get("profile.modelled.group", p.year());
        String note = texts.get("profile.modelled.note");
        // county and nation in the columns they have in the sections above (the second, last year's, is empty)
        String[] heads = {texts.get("sae18b.profile.head.municipality", p.name()), "",
            texts.get("sae18b.profile.head.direct", p.county()),
            texts.get("sae18b.profile.head.direct", texts.get("profile.column.nation")), ""};
        String interval = texts.get("sae18b.profile.interval", levelPercent());
        for (MunicipalProfile.Modelled m : p.modelled()) {
            SmallAreaRule.Publication publication = m.publication();
            publications.add(publication);
            rule = m.rule();
            String own = switch (publication) {
                case SHOWN -> figure(StatTable.Cell.of(100 * m.estimate()), 1);
                case BAND -> texts.get("sae18b.profile.band.cell");
                case WITHHELD -> SwedishFormat.SYMBOL_SUPPRESSED;
            };
            String ownInterval = publication == SmallAreaRule.Publication.WITHHELD ? SwedishFormat.SYMBOL_SUPPRESSED
                    : figure(StatTable.Cell.of(100 * m.low()), 1) + "\u2013" + figure(StatTable.Cell.of(100 * m.high()), 1);
            add(group, note, heads, m.label(), own, "", figure(m.county().share(), 1), figure(m.nation().share(), 1), "");
            add(group, note, heads, interval, ownInterval, "", interval(m.county()), interval(m.nation()), "");
        }
    }

    private String interval(MunicipalProfile.Direct d) {
        return interval(new MunicipalProfile.Rate(StatTable.Cell.missing(), d.share(), d.low(), d.high()));
    }

    /** A cell as printed, remembering the symbol it shows. */
    private String figure(StatTable.Cell cell, int decimals) {
        String text = StatTableView.text(cell, decimals);
        if (cell.status() == StatTable.Status.SUPPRESSED) {
            symbols.add(SwedishFormat.SYMBOL_SUPPRESSED);
        } else if (cell.status() == StatTable.Status.MISSING) {
            symbols.add(StatTableView.SYMBOL_MISSING);
        } else if (cell.status() == StatTable.Status.UNCERTAIN) {
            symbols.add(SwedishFormat.SYMBOL_UNCERTAIN);
        }
        return text;
    }

    private void add(String group, String note, String[] heads, String label, String... values) {
        Map<String, Object> m = new HashMap<>();
        m.put("group", group);
        m.put("groupNote", note);
        m.put("h0", texts.get("profile.column.what"));
        for (int i = 0; i < heads.length; i++) {
            m.put("h" + (i + 1), heads[i]);
            m.put("v" + (i + 1), values[i]);
        }
        m.put("label", label);
        rows.add(m);
        sections.computeIfAbsent(group, g -> new Section(g, note, List.of(heads), new ArrayList<>()))
                .rows().add(new Row(label, List.of(values)));
    }
}
