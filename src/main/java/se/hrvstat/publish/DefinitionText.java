package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.hrvstat.result.IndicatorInfo;

/**
 * An indicator's definition in Swedish words for the method chapter: the statisticians' sentence
 * ({@code definition.<indicator>} in {@code texts.properties}) and the text of each question the
 * catalogue's definition uses (the labels of the single questions {@code q01}...), never the
 * expression itself. An indicator without a sentence gets {@code definition.generic}. The PDF's
 * method chapter and the web edition's indicator and method pages print these same words.
 */
public final class DefinitionText {
    private static final Pattern ITEM = Pattern.compile("\\bq\\d+\\b");
    /** A remark in a question's label that names item codes, e.g. "(frågan ställs bara till den som svarat ja på q11-q14)". */
    private static final Pattern CODE_REMARK = Pattern.compile("\\s*\\([^)]*\\bq\\d+[^)]*\\)");

    private final Texts texts;
    private final ReportData data;

    public DefinitionText(Texts texts, ReportData data) {
        this.texts = texts;
        this.data = data;
    }

    /** "Eleven har svarat ja på ... Frågor: ”...”; ”...”." */
    public String of(IndicatorInfo info) {
        String sentence = texts.find("definition." + info.name()).orElseGet(() -> texts.get("definition.generic"));
        List<String> questions = questions(info);
        return questions.isEmpty() ? sentence
                : sentence + " " + texts.get(questions.size() == 1 ? "definition.questions.one" : "definition.questions",
                        String.join(texts.get("definition.questions.separator"), questions));
    }

    /** The texts of the questions the definition uses, in order of appearance (also through another indicator). */
    List<String> questions(IndicatorInfo info) {
        Set<String> items = new LinkedHashSet<>();
        collect(info, items, new LinkedHashSet<>());
        List<String> out = new ArrayList<>();
        for (String item : items) {
            String label = CODE_REMARK.matcher(data.label(item)).replaceAll("").strip();
            out.add(texts.get("definition.question", label.isEmpty() || label.equals(item) ? item : label));
        }
        return out;
    }

    private void collect(IndicatorInfo info, Set<String> items, Set<String> seen) {
        if (info.definition() == null || !seen.add(info.name())) {
            return;
        }
        Matcher m = Pattern.compile("\\b[a-z_][a-z0-9_]*\\b").matcher(info.definition());
        while (m.find()) {
            String word = m.group();
            if (ITEM.matcher(word).matches()) {
                items.add(word);
            } else if (!word.equals(info.name())) {
                data.info(word).filter(i -> !ReportData.isItem(i.name())).ifPresent(i -> collect(i, items, seen));
            }
        }
    }
}
