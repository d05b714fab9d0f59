package se.hrvstat.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.hrvstat.result.DisclosureFacts;
import se.hrvstat.result.MethodFacts;

/**
 * The run's method facts in words, label to text in print order, for the method chapter and the
 * workbook's metadata sheet; every word from {@link Texts} ({@code method.*}).
 */
public final class MethodText {
    private final Texts texts;

    public MethodText(Texts texts) {
        this.texts = texts;
    }

    public static Map<String, String> of(MethodFacts facts, Path templatesDir) {
        return new MethodText(Texts.load(templatesDir)).render(facts);
    }

    public Map<String, String> render(MethodFacts f) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(texts.get("method.year.label"), texts.get("method.year", f.year()));
        out.put(texts.get("method.version.label"), f.release() ? texts.get("method.version.release", f.programVersion())
                : texts.get("method.version.development", f.programVersion()));
        out.put(texts.get("method.weights.label"), texts.get("method.weights"));
        for (MethodFacts.WaveWeighting w : f.weighting()) {
            out.put(texts.get("method.weights.wave.label", w.wave()), weighting(w));
        }
        String percent = SwedishFormat.levelPercent(f.level());
        out.put(texts.get("method.trend.label"), texts.get("method.trend", percent, f.minTrendWaves()));
        out.put(texts.get("method.series.label"), series(f.newSeries()));
        out.put(texts.get("method.variance.label"), texts.get("method.variance"));
        out.put(texts.get("method.interval.label"), texts.get("method.interval", percent, f.intervalMethod()));
        out.put(texts.get("method.precision.label"), texts.get("method.precision", f.minNPublished(), f.minNReliable(),
                Math.round(100 * f.maxRse())));
        out.put(texts.get("method.disclosure.label"), disclosure(f.disclosure()));
        out.putAll(inputs(f.inputs()));
        return out;
    }

    /** What the run's method of disclosure control does to the municipal counts, with its numbers. */
    private String disclosure(DisclosureFacts d) {
        return d.cellKey() ? texts.get("method.disclosure.cellkey", d.maxDeviation(), d.minPersonsShare())
                : texts.get("method.disclosure.suppression", d.minCount() - 1, d.minCount(), d.minPersonsShare());
    }

    private String weighting(MethodFacts.WaveWeighting w) {
        // the misfit in students, in Swedish form: "< 0,001" rather than 3.6e-09
        String method = w.calibrated()
                ? texts.get(w.backgroundCalibrated() ? "method.weights.wave.raked.background" : "method.weights.wave.raked",
                        w.iterations(),
                        SwedishFormat.small(w.largestMisfit(), 3))
                : texts.get("method.weights.wave.uncalibrated");
        return texts.get("method.weights.wave", w.respondents(), w.min(), w.lowerQuartile(), w.median(),
                w.upperQuartile(), w.max(), w.kishDeff(), w.effectiveN(), method, w.collapses());
    }

    private String series(List<MethodFacts.NewSeries> series) {
        if (series.isEmpty()) {
            return texts.get("method.series.none");
        }
        List<String> items = new ArrayList<>();
        series.forEach(s -> items.add(texts.get("method.series.item", s.indicator(), s.version(), s.firstWave())));
        return texts.get("method.series.new", String.join("; ", items));
    }

    /** One line per wave and per municipal year: each file's rows and rejects and the start of its checksum. */
    private Map<String, String> inputs(List<MethodFacts.InputFile> files) {
        Map<String, List<String>> byPeriod = new TreeMap<>();
        Map<String, int[]> forms = new TreeMap<>();
        for (MethodFacts.InputFile file : files) {
            String label = texts.get(file.survey() ? "method.inputs.survey.label" : "method.inputs.municipal.label",
                    file.period());
            if ("form".equals(file.kind())) {
                int[] sum = forms.computeIfAbsent(label, k -> new int[3]);
                sum[0]++;
                sum[1] += file.rows();
                sum[2] += file.rejected();
                continue;
            }
            byPeriod.computeIfAbsent(label, k -> new ArrayList<>()).add(texts.get("method.inputs.file", file.name(),
                    file.rows(), rejected(file.rejected()), file.checksum().substring(0, 12)));
        }
        forms.forEach((label, sum) -> byPeriod.computeIfAbsent(label, k -> new ArrayList<>())
                .add(texts.get("method.inputs.forms", sum[0], sum[1], rejected(sum[2]))));
        Map<String, String> out = new LinkedHashMap<>();
        byPeriod.forEach((label, lines) -> out.put(label, String.join("; ", lines)));
        return out;
    }

    private String rejected(int rejected) {
        return rejected > 0 ? texts.get("method.inputs.rejected", rejected) : "";
    }
}
