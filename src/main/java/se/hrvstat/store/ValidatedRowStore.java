package se.hrvstat.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.hrvstat.ingest.InputKind;
import se.hrvstat.ingest.Reject;
import se.hrvstat.ingest.ValidatedRow;

/**
 * Writes validated rows into their typed tables and rejected rows with their reasons.
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

    public ValidatedRowStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    /** A newer design, responses or population file of a wave replaces the earlier one. */
    private void replaceEarlierSurveyFiles(InputKind kind, List<ValidatedRow> rows) {
        if (!Set.of(InputKind.DESIGN, InputKind.RESPONSES, InputKind.POPULATION).contains(kind)) {
            return;
        }
        rows.stream().map(r -> List.of(r.source().period(), r.source().fileId())).distinct().forEach(key ->
                jdbc.update("DELETE FROM " + TABLE.get(kind) + " WHERE wave = ? AND file_id <> ?", key.get(0), key.get(1)));
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

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
