package se.hrvstat.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.hrvstat.result.InputKind;
import se.hrvstat.result.Reject;
import se.hrvstat.result.RowRejection;

/**
 * The rules across cells and rows of {@code jobs/rules.csv}: comparisons within a row, routing
 * of questions, and comparisons with another row of the same cell. Lines starting with
 * {@code #} are comments. Every column a rule names must be in the file's header.
 */
public final class RuleBook {
    private static final Pattern ROUTING = Pattern.compile("(\\w+)\\s+asked if any of\\s+([\\w ]+?)\\s+is\\s+(\\S+)");
    private static final Pattern IN_CELL = Pattern.compile("(\\w+)\\s*(<=|>=|<>|<|>|=)\\s*(\\w+)\\s+of\\s+(\\w+)\\s*=\\s*(\\S+)");
    private static final Pattern IN_ROW = Pattern.compile("(\\w+)\\s*(<=|>=|<>|<|>|=)\\s*(\\w+)");

    private final Map<InputKind, List<RowRule>> rowRules = new EnumMap<>(InputKind.class);
    private final List<CellRule> cellRules;

    private RuleBook(List<RowRule> rowRules, List<CellRule> cellRules) {
        for (InputKind kind : InputKind.values()) {
            this.rowRules.put(kind, rowRules.stream().filter(r -> r.kind() == kind).toList());
        }
        this.cellRules = List.copyOf(cellRules);
    }

    /** No rules at all. */
    public static RuleBook none() {
        return new RuleBook(List.of(), List.of());
    }

    public List<RowRule> rowRules(InputKind kind) {
        return rowRules.get(kind);
    }

    public List<CellRule> cellRules() {
        return cellRules;
    }

    /**
     * The accepted rows that break a rule over whole files, each with its reasons in rule order,
     * in the order the rules first reject them; {@code rowsOf} gives a rule the rows it judges.
     */
    public List<RowRejection> cellRejections(Function<CellRule, List<CellRule.Row>> rowsOf) {
        Map<List<Object>, List<Reject>> broken = new LinkedHashMap<>();
        for (CellRule rule : cellRules) {
            for (CellRule.Violation v : rule.check(rowsOf.apply(rule))) {
                List<Object> key = List.of(rule.kind(), v.fileId(), v.line());
                broken.computeIfAbsent(key, k -> new ArrayList<>()).add(v.reject());
            }
        }
        List<RowRejection> rejections = new ArrayList<>();
        broken.forEach((key, reasons) -> rejections.add(
                new RowRejection((InputKind) key.get(0), (Long) key.get(1), (Integer) key.get(2), reasons)));
        return rejections;
    }

    public static RuleBook parse(Reader in, String sourceName, Codebook codebook) {
        List<RowRule> rows = new ArrayList<>();
        List<CellRule> cells = new ArrayList<>();
        try {
            CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader()
                    .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
            CSVParser parser = format.parse(new BufferedReader(in));
            for (CSVRecord r : parser) {
                String where = sourceName + ", line " + parser.getCurrentLineNumber();
                String name = r.get("rule").strip();
                InputKind kind = kind(r.get("file").strip(), where);
                String check = r.get("check").strip();
                List<String> same = r.get("same").isBlank() ? List.of()
                        : Arrays.asList(r.get("same").strip().split("\\s+"));
                Matcher m;
                if ((m = ROUTING.matcher(check)).matches()) {
                    List<String> conditions = Arrays.asList(m.group(2).strip().split("\\s+"));
                    columns(kind, where, m.group(1));
                    columns(kind, where, conditions.toArray(String[]::new));
                    rows.add(new RoutingRule(name, kind, m.group(1), conditions, m.group(3)));
                } else if ((m = IN_CELL.matcher(check)).matches()) {
                    if (same.isEmpty()) {
                        throw new IllegalArgumentException(where + ": '" + check + "' needs the columns of the cell in 'same'");
                    }
                    columns(kind, where, m.group(1), m.group(3), m.group(4));
                    columns(kind, where, same.toArray(String[]::new));
                    cells.add(new CellRule(name, kind, m.group(1), Comparison.of(m.group(2), where), m.group(3),
                            m.group(4), m.group(5), same, missing(codebook, kind, m.group(1)),
                            missing(codebook, kind, m.group(3))));
                } else if ((m = IN_ROW.matcher(check)).matches()) {
                    columns(kind, where, m.group(1), m.group(3));
                    rows.add(new ColumnComparisonRule(name, kind, m.group(1), Comparison.of(m.group(2), where), m.group(3),
                            missing(codebook, kind, m.group(1)), missing(codebook, kind, m.group(3))));
                } else {
                    throw new IllegalArgumentException(where + ": cannot read the check '" + check + "' (forms: 'A <= B', "
                            + "'A <= B of C=V' with 'same', 'A asked if any of X Y is V')");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IllegalArgumentException(sourceName + ": " + e.getMessage(), e);
        }
        return new RuleBook(rows, cells);
    }

    private static Set<String> missing(Codebook codebook, InputKind kind, String column) {
        return codebook.rules(kind)[kind.column(column)].missingCodes();
    }

    private static void columns(InputKind kind, String where, String... names) {
        for (String name : names) {
            if (kind.column(name) < 0) {
                throw new IllegalArgumentException(where + ": file " + kind.code() + " has no column '" + name + "'");
            }
        }
    }

    private static InputKind kind(String code, String where) {
        try {
            return InputKind.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown file '" + code + "'", e);
        }
    }
}
