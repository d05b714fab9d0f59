package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.List;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.IndicatorInfo;
import se.hrvstat.result.KeyFindings;
import se.hrvstat.result.KeyFindings.Direction;
import se.hrvstat.result.KeyFindings.GroupFinding;
import se.hrvstat.result.KeyFindings.Level;
import se.hrvstat.result.KeyFindings.LevelFinding;
import se.hrvstat.result.KeyFindings.UnchangedFinding;

/**
 * The summary of the report in words: {@link KeyFindings}' headline and findings as Swedish
 * sentences from {@code texts.properties} ({@code findings.*}), shares and differences rounded
 * to one decimal each on its own. The report's first page and the web edition use the same
 * {@link #of(AnnualReport)}.
 */
public final class KeyFindingsText {

    /** The summary in words: a headline, a sentence under it, the findings and the note on rounding. */
    public record Summary(String headline, String standfirst, List<String> findings, String note) {
        public Summary {
            findings = List.copyOf(findings);
        }

        /** True when there is nothing to summarise (no main indicator published). */
        public boolean isEmpty() {
            return findings.isEmpty();
        }
    }

    private static final String NBSP = "\u00A0";
    private final Texts texts;
    private final ReportData data;

    public KeyFindingsText(Texts texts, ReportData data) {
        this.texts = texts;
        this.data = data;
    }

    /** The summary of the latest wave of {@code report}, words from the report's templates folder. */
    public static Summary of(AnnualReport report, Texts texts) {
        return new KeyFindingsText(texts, new ReportData(report)).summary();
    }

    /** The summary of the latest wave. */
    public Summary summary() {
        int wave = data.latestWave().orElse(data.report().year());
        List<String> main = data.mainIndicators().stream().map(IndicatorInfo::name).toList();
        KeyFindings.Summary found = KeyFindings.of(data.report().estimates(), main, wave);
        if (found.headline().isEmpty()) {
            return new Summary(texts.get("findings.none", wave), "", List.of(), "");
        }
        KeyFindings.Headline headline = found.headline().get();
        List<String> sentences = new ArrayList<>();
        boolean anyChange = false;
        for (KeyFindings.Finding finding : found.findings()) {
            sentences.add(sentence(finding));
            anyChange |= finding instanceof LevelFinding l && l.level().change() != null || finding instanceof GroupFinding;
        }
        String level = SwedishFormat.levelPercent(data.report().level());
        String note = texts.get("findings.note", level) + (anyChange ? " " + texts.get("findings.note.rounding") : "");
        return new Summary(headline(headline.main()), standfirst(headline), sentences, note);
    }

    private String headline(Level main) {
        String key = switch (main.direction()) {
            case INCREASED -> "findings.headline.increased";
            case DECREASED -> "findings.headline.decreased";
            case NO_CHANGE -> "findings.headline.unchanged";
            case NOT_COMPARED -> "findings.headline.level";
        };
        return texts.get(key, subject(main.indicator()), share(main.share(), main.uncertain()), main.wave(),
                main.previous() == null ? 0 : main.previous());
    }

    private String standfirst(KeyFindings.Headline h) {
        if (h.compared() == 0) {
            return "";
        }
        Level main = h.main();
        int previous = main.previous() != null ? main.previous() : data.previousWave(main.wave()).orElse(main.wave());
        List<String> counts = new ArrayList<>();
        counts.add(texts.get(h.increased() > 0 ? "findings.count.increased" : "findings.count.increased.none",
                h.increased(), h.compared()));
        counts.add(h.decreased() > 0 ? texts.get("findings.count.decreased", h.decreased())
                : texts.get("findings.count.decreased.none"));
        if (h.unchanged() > 0) {
            counts.add(texts.get("findings.count.unchanged", h.unchanged()));
        }
        return texts.get("findings.standfirst", previous, main.wave(), list(counts));
    }

    private String sentence(KeyFindings.Finding finding) {
        if (finding instanceof LevelFinding l) {
            return levelSentence(l.level());
        }
        if (finding instanceof GroupFinding g) {
            return texts.get("findings.group", subject(g.indicator()), group(g.higherDomain()),
                    share(g.higherShare(), false), group(g.lowerDomain()), share(g.lowerShare(), false),
                    SwedishFormat.percent(g.difference()), g.wave());
        }
        UnchangedFinding u = (UnchangedFinding) finding;
        List<String> labels = u.indicators().stream().map(this::lowerLabel).toList();
        return texts.get("findings.unchanged", list(labels), u.previous(), u.wave());
    }

    private String levelSentence(Level l) {
        String key = switch (l.direction()) {
            case INCREASED -> "findings.level.increased";
            case DECREASED -> "findings.level.decreased";
            case NO_CHANGE -> "findings.level.unchanged";
            case NOT_COMPARED -> "findings.level.notcompared";
        };
        boolean compared = l.direction() != Direction.NOT_COMPARED;
        return texts.get(key, subject(l.indicator()), share(l.share(), l.uncertain()), l.wave(),
                compared ? share(l.before(), false) : "", compared ? l.previous() : 0,
                compared ? SwedishFormat.percent(Math.abs(l.change())) : "");
    }

    /** "Andelen elever som lever med hedersnormer" from {@code findings.subject.<name>}, else from the label. */
    private String subject(String indicator) {
        return texts.find("findings.subject." + indicator)
                .orElseGet(() -> texts.get("findings.subject", data.label(indicator)));
    }

    /** "flickor", "elever födda utomlands" from {@code findings.group.<variable>.<code>}, else the label in lower case. */
    private String group(String domain) {
        String[] kv = domain.split("=", 2);
        String key = "findings.group." + kv[0].trim() + "." + (kv.length > 1 ? kv[1].trim() : "");
        return texts.find(key).orElseGet(() -> new DomainLabels(texts).label(domain).toLowerCase(SwedishFormat.LOCALE));
    }

    private String lowerLabel(String indicator) {
        String label = data.label(indicator);
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(SwedishFormat.LOCALE) + label.substring(1);
    }

    /** "a, b och c". */
    private String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return texts.get("findings.list", String.join(", ", items.subList(0, items.size() - 1)),
                items.get(items.size() - 1));
    }

    /** "8,5 %" (no-break space), with the uncertain marker's words when flagged. */
    private String share(Double share, boolean uncertain) {
        String s = SwedishFormat.percent(share) + NBSP + "%";
        return uncertain ? s + texts.get("findings.uncertain") : s;
    }
}
