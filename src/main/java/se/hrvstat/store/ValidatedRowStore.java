package se.hrvstat.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.hrvstat.ingest.CellRule;
import se.hrvstat.ingest.InputKind;
import se.hrvstat.ingest.Reject;
import se.hrvstat.ingest.ValidatedRow;

/**
 * Writes validated rows into their typed tables (COPY on PostgreSQL, batched inserts on H2) and
 * rejected rows with their reasons.
 * A corrected survey file replaces the earlier file of the same wave; municipal submissions
 * are all kept (the latest counts, see {@link MunicipalStore}).
 */
@Repository
public class ValidatedRowStore {
    private static final Map<InputKind, String> TABLE = new EnumMap<>(Map.of(
            InputKind.DESIGN, "survey_class", InputKind.RESPONSES, "survey_response",
            InputKind.POPULATION, "register_count", InputKind.MUNICIPAL_POPULATION, "municipal_population",
            InputKind.RETURNS, "municipal_case", InputKind.EFFORTS, "municipal_effort"));
    /** Table columns in the order of the file's header (renamed where SQL reserves a word). */
    private static final Map<InputKind, List<String>> COLUMNS = new EnumMap<>(InputKind.class);

    static {
        for (InputKind kind : InputKind.values()) {
            List<String> columns = new ArrayList<>();
            for (String name : kind.header()) {
                columns.add(switch (name) {
                    case "year" -> "ref_year";
                    case "count" -> "person_count";
                    case "value" -> "case_count";
                    default -> name;
                });
            }
            COLUMNS.put(kind, columns);
        }
    }

    private final JdbcTemplate jdbc;
    /** On PostgreSQL accepted rows are landed with COPY, elsewhere with batched inserts. */
    private final boolean postgresql;

    public ValidatedRowStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgresql = StagingStore.isPostgresql(jdbc);
    }

    public void write(List<? extends ValidatedRow> rows) {
        Map<InputKind, List<ValidatedRow>> accepted = new EnumMap<>(InputKind.class);
        List<ValidatedRow> rejected = new ArrayList<>();
        for (ValidatedRow row : rows) {
            if (row.accepted()) {
                accepted.computeIfAbsent(row.source().kind(), k -> new ArrayList<>()).add(row);
            } else {
                rejected.add(row);
            }
        }
        accepted.forEach(this::insertAccepted);
        insertRejected(rejected);
    }

    private void insertAccepted(InputKind kind, List<ValidatedRow> rows) {
        replaceEarlierSurveyFiles(kind, rows);
        List<String> columns = COLUMNS.get(kind);
        // design.csv and population.csv carry no wave column: the wave is their folder's
        boolean addsWave = kind == InputKind.DESIGN || kind == InputKind.POPULATION;
        if (postgresql) {
            copy(kind, rows, addsWave);
            return;
        }
        String sql = "INSERT INTO " + TABLE.get(kind) + " (" + String.join(", ", columns) + ", "
                + (addsWave ? "wave, " : "") + "file_id, line_no) VALUES ("
                + "?,".repeat(columns.size() + (addsWave ? 1 : 0)) + "?,?)";
        jdbc.batchUpdate(sql, rows, 500, (ps, row) -> {
            int p = 1;
            for (Object value : row.values()) {
                ps.setObject(p++, value instanceof LocalDateTime t ? Timestamp.valueOf(t) : value);
            }
            if (addsWave) {
                ps.setInt(p++, row.source().period());
            }
            ps.setLong(p++, row.source().fileId());
            ps.setInt(p, row.source().line());
        });
    }

    /** On PostgreSQL: COPY in text format (\\N for null, t/f, ISO timestamps), in the chunk's transaction. */
    private void copy(InputKind kind, List<ValidatedRow> rows, boolean addsWave) {
        StringBuilder text = new StringBuilder(rows.size() * 96);
        for (ValidatedRow row : rows) {
            for (Object value : row.values()) {
                if (value == null) {
                    text.append("\\N");
                } else if (value instanceof Boolean b) {
                    text.append(b ? 't' : 'f');
                } else {
                    StagingStore.escape(text, value.toString());
                }
                text.append('\t');
            }
            if (addsWave) {
                text.append(row.source().period()).append('\t');
            }
            text.append(row.source().fileId()).append('\t').append(row.source().line()).append('\n');
        }
        StagingStore.copyIn(jdbc.getDataSource(), "COPY " + TABLE.get(kind) + " (" + String.join(", ", COLUMNS.get(kind))
                + ", " + (addsWave ? "wave, " : "") + "file_id, line_no) FROM STDIN", text);
    }

    /** A newer design, responses or population file of a wave replaces the earlier one. */
    private void replaceEarlierSurveyFiles(InputKind kind, List<ValidatedRow> rows) {
        if (!Set.of(InputKind.DESIGN, InputKind.RESPONSES, InputKind.POPULATION).contains(kind)) {
            return;
        }
        // two range conditions, not "file_id <> ?": each is a short scan of the (wave, file_id) index (V3)
        rows.stream().map(r -> List.of(r.source().period(), r.source().fileId())).distinct().forEach(key -> {
            jdbc.update("DELETE FROM " + TABLE.get(kind) + " WHERE wave = ? AND file_id < ?", key.get(0), key.get(1));
            jdbc.update("DELETE FROM " + TABLE.get(kind) + " WHERE wave = ? AND file_id > ?", key.get(0), key.get(1));
        });
    }

    private void insertRejected(List<ValidatedRow> rows) {
        List<Object[]> args = new ArrayList<>();
        for (ValidatedRow row : rows) {
            int seq = 0;
            for (Reject reject : row.rejects()) {
                args.add(new Object[] {row.source().fileId(), row.source().line(), ++seq, reject.column(),
                        reject.rule(), truncate(reject.value(), 200), truncate(reject.message(), 1000)});
            }
        }
        if (!args.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO rejected_row (file_id, line_no, seq, column_name, rule_name, bad_value, message) "
                    + "VALUES (?,?,?,?,?,?,?)", args);
        }
    }

    /**
     * Applies the rules over a file's rows ({@code jobs/rules.csv}, e.g. a type count at most
     * {@code personer} in its cell) to the accepted rows of every file that is staged but not yet
     * validated: a row that breaks one leaves its table and is stored as rejected, with its rule.
     * Run it in the transaction that marks the files validated, so it happens exactly once.
     *
     * @return the rows moved to the rejects
     */
    public int applyCellRules(List<CellRule> rules) {
        Map<List<Object>, List<Reject>> broken = new LinkedHashMap<>();
        for (CellRule rule : rules) {
            String table = TABLE.get(rule.kind());
            List<String> columns = rule.columns().stream()
                    .map(c -> "t." + COLUMNS.get(rule.kind()).get(rule.kind().column(c))).toList();
            List<CellRule.Row> rows = jdbc.query("SELECT t.file_id, t.line_no, " + String.join(", ", columns) + " FROM "
                    + table + " t JOIN input_file f ON f.file_id = t.file_id "
                    + "WHERE f.staged_at IS NOT NULL AND f.validated_at IS NULL ORDER BY t.file_id, t.line_no", (rs, i) -> {
                        Object[] values = new Object[columns.size()];
                        for (int k = 0; k < values.length; k++) {
                            values[k] = rs.getObject(3 + k);
                        }
                        return new CellRule.Row(rs.getLong(1), rs.getInt(2), values);
                    });
            for (CellRule.Violation v : rule.check(rows)) {
                broken.computeIfAbsent(List.of(table, v.fileId(), v.line()), k -> new ArrayList<>()).add(v.reject());
            }
        }
        List<Object[]> rejects = new ArrayList<>();
        List<Object[]> deletions = new ArrayList<>();
        broken.forEach((key, reasons) -> {
            int seq = 0;
            for (Reject reject : reasons) {
                rejects.add(new Object[] {key.get(1), key.get(2), ++seq, reject.column(), reject.rule(),
                    truncate(reject.value(), 200), truncate(reject.message(), 1000)});
            }
            deletions.add(new Object[] {key.get(0), key.get(1), key.get(2)});
        });
        for (Object[] d : deletions) {
            jdbc.update("DELETE FROM " + d[0] + " WHERE file_id = ? AND line_no = ?", d[1], d[2]);
        }
        if (!rejects.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO rejected_row (file_id, line_no, seq, column_name, rule_name, bad_value, message) "
                    + "VALUES (?,?,?,?,?,?,?)", rejects);
        }
        return deletions.size();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
