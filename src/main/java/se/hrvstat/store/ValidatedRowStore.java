package se.hrvstat.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.hrvstat.result.InputKind;
import se.hrvstat.result.Reject;
import se.hrvstat.result.RowRejection;
import se.hrvstat.result.ValidatedRow;

/**
 * Writes validated rows into their typed tables (COPY on PostgreSQL, batched inserts on H2) and
 * rejected rows with their reasons. Every file's rows are kept; which files a reference year
 * reads is chosen by the run that passes validation ({@link InputFileStore#replaceYearInputs}).
 */
@Repository
public class ValidatedRowStore {
    private static final Map<InputKind, String> TABLE = new EnumMap<>(Map.of(
            InputKind.DESIGN, "survey_class", InputKind.RESPONSES, "survey_response",
            InputKind.POPULATION, "register_count", InputKind.MUNICIPAL_POPULATION, "municipal_population",
            InputKind.RETURNS, "municipal_case", InputKind.EFFORTS, "municipal_effort",
            InputKind.AREA_COVARIATES, "area_covariate"));
    /** Table columns in the order of the file's header (renamed where SQL reserves a word). */
    private static final Map<InputKind, List<String>> COLUMNS = new EnumMap<>(InputKind.class);

    /** Per kind: the COPY into its table, columns as {@link #encode} writes them. */
    private static final Map<InputKind, String> COPY_SQL = new EnumMap<>(InputKind.class);

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
            COPY_SQL.put(kind, "COPY " + TABLE.get(kind) + " (" + String.join(", ", columns) + ", "
                    + (addsWave(kind) ? "wave, " : "") + "file_id, line_no) FROM STDIN");
        }
    }

    private final JdbcTemplate jdbc;
    /** On PostgreSQL accepted rows are landed with COPY, elsewhere with batched inserts. */
    private final boolean postgresql;

    private final InputFileStore files;

    public ValidatedRowStore(JdbcTemplate jdbc, InputFileStore files) {
        this.jdbc = jdbc;
        this.files = files;
        this.postgresql = PgCopy.isPostgresql(jdbc);
    }

    /**
     * Rows validated and, on PostgreSQL, already encoded for COPY (accepted rows, per kind), so
     * that the encoding runs on the reading thread while the step's thread lands earlier rows.
     * On PostgreSQL a batch keeps, besides the COPY text, only the rows still needed as objects:
     * the rejected ones. The accepted rows are garbage as soon as they are encoded, instead of
     * living through young collections in the read-ahead queue.
     */
    public static final class Batch {
        private final List<ValidatedRow> rows;
        private final int size;
        private final Map<InputKind, PgCopy> copies;
        private final Map<Long, Long> filesDone;

        private Batch(List<ValidatedRow> rows, int size, Map<InputKind, PgCopy> copies, Map<Long, Long> filesDone) {
            this.rows = rows;
            this.size = size;
            this.copies = copies;
            this.filesDone = filesDone;
        }

        /** How many rows (accepted and rejected) the batch holds. */
        public int size() {
            return size;
        }
    }

    /** Prepares validated rows for {@link #write(List)}, no file ending among them. */
    public Batch prepare(List<ValidatedRow> rows) {
        return prepare(rows, Map.of());
    }

    /**
     * Prepares validated rows for {@link #write(List)}: on PostgreSQL their COPY text.
     *
     * @param filesDone files whose last row is among these (or before), with their count of rows:
     *                  they are marked loaded in the transaction that lands these rows
     */
    public Batch prepare(List<ValidatedRow> rows, Map<Long, Long> filesDone) {
        if (!postgresql) {
            return new Batch(rows, rows.size(), Map.of(), Map.copyOf(filesDone));
        }
        // the accepted rows go into COPY text; only the rejected ones are needed as objects
        Map<InputKind, PgCopy> copies = new EnumMap<>(InputKind.class);
        List<ValidatedRow> rejected = new ArrayList<>();
        for (ValidatedRow row : rows) {
            if (row.accepted()) {
                encode(row, copies.computeIfAbsent(row.source().kind(), k -> new PgCopy(rows.size() * 96)));
            } else {
                rejected.add(row);
            }
        }
        return new Batch(rejected, rows.size(), copies, Map.copyOf(filesDone));
    }

    /**
     * Writes batches of rows in the current transaction: the accepted rows of each kind in one
     * COPY on PostgreSQL (batched inserts elsewhere), the rejected ones with their reasons. Every
     * file's rows stay beside those of other files of the same wave: a reference year reads the
     * files of its own inputs (year_input).
     */
    public void write(List<Batch> batches) {
        Map<InputKind, List<ValidatedRow>> accepted = new EnumMap<>(InputKind.class);
        List<ValidatedRow> rejected = new ArrayList<>();
        for (Batch batch : batches) {
            for (ValidatedRow row : batch.rows) {
                if (!row.accepted()) {
                    rejected.add(row);
                } else if (!postgresql) { // on PostgreSQL the accepted rows are in the batches' COPY text
                    accepted.computeIfAbsent(row.source().kind(), k -> new ArrayList<>()).add(row);
                }
            }
        }
        if (postgresql) {
            ChunkCopy copy = ChunkCopy.of(jdbc.getDataSource());
            try {
                batches.forEach(batch -> send(batch, copy)); // what the step has not streamed yet
                copy.end(); // every accepted row of the chunk is in before the statements below
            } catch (RuntimeException e) {
                copy.cancel();
                throw e;
            }
        } else {
            accepted.forEach(this::insert);
        }
        insertRejected(rejected);
        for (Batch batch : batches) {
            batch.filesDone.forEach(files::markLoaded); // with the file's last rows: a kill cannot part them
        }
    }

    /** Batched inserts (H2). */
    private void insert(InputKind kind, List<ValidatedRow> rows) {
        List<String> columns = COLUMNS.get(kind);
        boolean addsWave = addsWave(kind);
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

    /** design.csv, population.csv and area_covariates.csv carry no wave column: the wave is their folder's. */
    private static boolean addsWave(InputKind kind) {
        return kind == InputKind.DESIGN || kind == InputKind.POPULATION || kind == InputKind.AREA_COVARIATES;
    }

    /** An accepted row in COPY's text format (\\N for null, t/f, ISO timestamps). */
    static void encode(ValidatedRow row, PgCopy text) {
        for (Object value : row.values()) {
            text.value(value).tab();
        }
        if (addsWave(row.source().kind())) {
            text.number(row.source().period()).tab();
        }
        text.number(row.source().fileId()).tab().number(row.source().line()).endOfRow();
    }

    /**
     * On PostgreSQL, in a transaction: sends a batch's accepted rows into the COPY of the current
     * (chunk) transaction as soon as the step has read the batch, so that PostgreSQL lands them
     * while the next batches are read and validated; {@link #write(List)} ends the COPY.
     * Elsewhere nothing: {@code write} lands the rows.
     */
    public void stream(Batch batch) {
        if (postgresql && !batch.copies.isEmpty() && TransactionSynchronizationManager.isActualTransactionActive()) {
            send(batch, ChunkCopy.of(jdbc.getDataSource()));
        }
    }

    /**
     * A batch's COPY text, each kind into its table; the text is then dropped (sent once, garbage
     * early).
     */
    private void send(Batch batch, ChunkCopy copy) {
        batch.copies.forEach((kind, text) -> copy.send(COPY_SQL.get(kind), text));
        batch.copies.clear();
    }

    /** Removes every row landed so far of a file that turned out to be unreadable: nothing half-loaded. */
    public int discard(long fileId) {
        int removed = jdbc.update("DELETE FROM rejected_row WHERE file_id = ?", fileId);
        for (String table : TABLE.values()) {
            removed += jdbc.update("DELETE FROM " + table + " WHERE file_id = ?", fileId);
        }
        return removed;
    }

    /**
     * The last line of a file whose outcome (an accepted row in its table, or a reject) is in
     * the store, or 0. Rows land in line order, each chunk in one transaction, so every line up
     * to it is done: this is where a run resumes after a crash.
     */
    public int lastLineDone(long fileId, int period) {
        Integer line = jdbc.queryForObject("SELECT MAX(line_no) FROM (" + OUTCOMES + ") done", Integer.class,
                period, fileId, period, fileId, period, fileId, period, fileId, fileId, fileId, fileId, fileId);
        return line == null ? 0 : line;
    }

    /** The survey tables by wave too (a file's accepted rows are of its folder's wave): an index range, not a scan. */
    private static final String OUTCOMES = "SELECT MAX(line_no) AS line_no FROM survey_class WHERE wave = ? AND file_id = ? "
            + "UNION ALL SELECT MAX(line_no) FROM survey_response WHERE wave = ? AND file_id = ? "
            + "UNION ALL SELECT MAX(line_no) FROM register_count WHERE wave = ? AND file_id = ? "
            + "UNION ALL SELECT MAX(line_no) FROM area_covariate WHERE wave = ? AND file_id = ? "
            + "UNION ALL SELECT MAX(line_no) FROM municipal_case WHERE file_id = ? "
            + "UNION ALL SELECT MAX(line_no) FROM municipal_effort WHERE file_id = ? "
            + "UNION ALL SELECT MAX(line_no) FROM municipal_population WHERE file_id = ? "
            + "UNION ALL SELECT MAX(line_no) FROM rejected_row WHERE file_id = ?";

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
     * The keys the rows already landed from {@code fileIds} hold (class_id of design rows, resp_id
     * of answers), per file, so that duplicate checks span a restart.
     */
    public Map<Long, Set<String>> landedKeys(Collection<Long> fileIds, Collection<Integer> waves) {
        Map<Long, Set<String>> keys = new HashMap<>();
        if (fileIds.isEmpty()) {
            return keys;
        }
        String in = numbers(fileIds);
        String inWaves = numbers(waves);
        jdbc.query("SELECT file_id, class_id FROM survey_class WHERE wave IN (" + inWaves + ") AND file_id IN (" + in + ")",
                rs -> {
                    keys.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                });
        jdbc.query("SELECT file_id, resp_id FROM survey_response WHERE wave IN (" + inWaves + ") AND file_id IN ("
                        + in + ")",
                rs -> {
                    keys.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                });
        return keys;
    }

    /**
     * The classes of a wave in the design files among {@code runFiles} (the files of a run's data
     * folder, loaded before or in this run): class_id to grade.
     */
    public Map<String, Integer> classGrades(int wave, Collection<Long> runFiles) {
        Map<String, Integer> grades = new HashMap<>();
        if (runFiles.isEmpty()) {
            return grades;
        }
        jdbc.query("SELECT class_id, grade FROM survey_class WHERE wave = ? AND file_id IN (" + numbers(runFiles) + ")",
                rs -> {
                    grades.put(rs.getString(1), rs.getInt(2));
                }, wave);
        return grades;
    }

    /** Numbers joined for an IN list: numbers only, never text from a file, so safe to inline. */
    private static String numbers(Collection<? extends Number> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Makes one row of {@link #unvalidatedRows}: its file, line and the values of the columns asked for. */
    @FunctionalInterface
    public interface RowFactory<R> {
        R row(long fileId, int line, Object[] values);
    }

    /**
     * The accepted rows of every file of {@code kind} that is loaded but not yet validated, with
     * the values of {@code columns} (header names) in that order, in file and line order.
     */
    public <R> List<R> unvalidatedRows(InputKind kind, List<String> columns, RowFactory<R> factory) {
        List<String> selected = columns.stream().map(c -> "t." + COLUMNS.get(kind).get(kind.column(c))).toList();
        return jdbc.query("SELECT t.file_id, t.line_no, " + String.join(", ", selected) + " FROM " + TABLE.get(kind)
                + " t JOIN input_file f ON f.file_id = t.file_id "
                + "WHERE f.loaded_at IS NOT NULL AND f.validated_at IS NULL ORDER BY t.file_id, t.line_no", (rs, i) -> {
                    Object[] values = new Object[selected.size()];
                    for (int k = 0; k < values.length; k++) {
                        values[k] = rs.getObject(3 + k);
                    }
                    return factory.row(rs.getLong(1), rs.getInt(2), values);
                });
    }

    /**
     * Moves accepted rows to the rejects with their reasons (rules over whole files,
     * {@code jobs/rules.csv}). Run it in the transaction that marks the files validated, so it
     * happens exactly once.
     *
     * @return the rows moved
     */
    public int rejectAccepted(List<RowRejection> rejections) {
        List<Object[]> rejects = new ArrayList<>();
        for (RowRejection r : rejections) {
            int seq = 0;
            for (Reject reject : r.reasons()) {
                rejects.add(new Object[] {r.fileId(), r.line(), ++seq, reject.column(), reject.rule(),
                    truncate(reject.value(), 200), truncate(reject.message(), 1000)});
            }
        }
        for (RowRejection r : rejections) {
            jdbc.update("DELETE FROM " + TABLE.get(r.kind()) + " WHERE file_id = ? AND line_no = ?", r.fileId(), r.line());
        }
        if (!rejects.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO rejected_row (file_id, line_no, seq, column_name, rule_name, bad_value, message) "
                    + "VALUES (?,?,?,?,?,?,?)", rejects);
        }
        return rejections.size();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
