package se.hrvstat.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import se.hrvstat.result.InputKind;

/**
 * The codebook of {@code jobs/codebook.csv}: for every input kind, the rule of each column in
 * header order. Lines starting with {@code #} are comments.
 */
public final class Codebook {
    private static final Pattern PSEUDONYM = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private final Map<InputKind, ColumnRule[]> rules;

    private Codebook(Map<InputKind, ColumnRule[]> rules) {
        this.rules = rules;
    }

    /** The rules of a kind's columns, in the order of its header. */
    public ColumnRule[] rules(InputKind kind) {
        return rules.get(kind);
    }

    public static Codebook parse(Reader in, String sourceName) {
        Map<InputKind, ColumnRule[]> rules = new EnumMap<>(InputKind.class);
        for (InputKind kind : InputKind.values()) {
            rules.put(kind, new ColumnRule[kind.header().size()]);
        }
        try {
            CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader()
                    .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
            org.apache.commons.csv.CSVParser parser = format.parse(new BufferedReader(in));
            for (CSVRecord r : parser) {
                String where = sourceName + ", line " + parser.getCurrentLineNumber();
                InputKind kind = kindOf(r.get("file"), where);
                int column = kind.column(r.get("column"));
                if (column < 0) {
                    throw new IllegalArgumentException(where + ": file " + kind.code() + " has no column " + r.get("column"));
                }
                rules.get(kind)[column] = rule(r, where);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rules.forEach((kind, columns) -> {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] == null) {
                    throw new IllegalArgumentException(sourceName + ": no rule for column " + kind.header().get(i)
                            + " of " + kind.code());
                }
            }
        });
        return new Codebook(rules);
    }

    private static InputKind kindOf(String code, String where) {
        try {
            return InputKind.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown file '" + code + "'", e);
        }
    }

    private static ColumnRule rule(CSVRecord r, String where) {
        String type = r.get("type");
        String rule = r.get("rule");
        Set<String> missing = words(r.get("missing"));
        boolean required = "yes".equals(r.get("required"));
        Pattern pattern = null;
        Set<String> codes = Set.of();
        long min = Long.MIN_VALUE;
        long max = Long.MAX_VALUE;
        switch (type) {
            case "text" -> pattern = compile(rule, where);
            case "pseudonym" -> pattern = PSEUDONYM;
            case "code" -> codes = words(rule);
            case "int" -> {
                String[] range = rule.split("\\.\\.");
                if (range.length != 2) {
                    throw new IllegalArgumentException(where + ": an int rule is min..max, not '" + rule + "'");
                }
                min = Long.parseLong(range[0].strip());
                max = Long.parseLong(range[1].strip());
            }
            case "decimal" -> {
                // bounds written with '.', e.g. 0..100.5: the codebook is RFC 4180, whatever the input's dialect
                String[] range = rule.split("\\.\\.");
                if (range.length != 2) {
                    throw new IllegalArgumentException(where + ": a decimal rule is min..max, not '" + rule + "'");
                }
                return new ColumnRule(r.get("column"), type, rule, missing, required, null, codes, min, max,
                        new java.math.BigDecimal(range[0].strip()), new java.math.BigDecimal(range[1].strip()));
            }
            case "kommun", "lan", "yesno", "timestamp" -> { }
            default -> throw new IllegalArgumentException(where + ": unknown type '" + type + "'");
        }
        return new ColumnRule(r.get("column"), type, rule, missing, required, pattern, codes, min, max);
    }

    private static Pattern compile(String regex, String where) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": bad expression " + regex + ": " + e.getDescription(), e);
        }
    }

    private static Set<String> words(String text) {
        return text.isBlank() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(text.strip().split("\\s+")));
    }

    /** Column names of a kind, for messages. */
    static List<String> header(InputKind kind) {
        return kind.header();
    }
}
