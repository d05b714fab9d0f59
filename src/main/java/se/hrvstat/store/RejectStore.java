package se.hrvstat.store;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the rejected rows of input files back, for the validation report. */
@Repository
public class RejectStore {
    private final JdbcTemplate jdbc;

    public RejectStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many rejects of a file fall under a rule. */
    public record RuleCount(long fileId, String rule, long count) {
    }

    /** One reason a row was rejected; the value is masked where it could identify a person. */
    public record RejectedRow(long fileId, int line, String column, String rule, String value, String message) {
    }

    /** Rejects per file and rule, most frequent rule of a file first. */
    public List<RuleCount> countsByRule(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT file_id, rule_name, COUNT(*) AS n FROM rejected_row WHERE file_id IN (" + ids(fileIds)
                + ") GROUP BY file_id, rule_name ORDER BY file_id, n DESC, rule_name",
                (rs, i) -> new RuleCount(rs.getLong(1), rs.getString(2), rs.getLong(3)));
    }

    /** Streams the rejects of the files in file, line and reason order. */
    public void forEach(Collection<Long> fileIds, Consumer<RejectedRow> sink) {
        if (fileIds.isEmpty()) {
            return;
        }
        jdbc.query("SELECT file_id, line_no, column_name, rule_name, bad_value, message FROM rejected_row WHERE file_id IN ("
                + ids(fileIds) + ") ORDER BY file_id, line_no, seq", rs -> {
                    sink.accept(new RejectedRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                });
    }

    /** The file's first rejected row (lowest line, then its first reason), if any. */
    public java.util.Optional<RejectedRow> first(long fileId) {
        return jdbc.query("SELECT file_id, line_no, column_name, rule_name, bad_value, message FROM rejected_row "
                + "WHERE file_id = ? ORDER BY line_no, seq FETCH FIRST 1 ROWS ONLY", (rs, i) -> new RejectedRow(rs.getLong(1),
                        rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), fileId)
                .stream().findFirst();
    }

    private static String ids(Collection<Long> fileIds) {
        // numbers only, never text from a file: safe to inline
        return fileIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
