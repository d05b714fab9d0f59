package se.hrvstat.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.hrvstat.ingest.SourceRow;

/** Raw rows as read, keyed by file and line, so a row can never be staged twice. */
@Repository
public class StagingStore {
    private final JdbcTemplate jdbc;

    public StagingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<? extends SourceRow> rows) {
        jdbc.batchUpdate("INSERT INTO staging_row (file_id, line_no, row_kind, fields, pin_columns) VALUES (?,?,?,?,?)",
                rows, 500, (ps, row) -> {
                    ps.setLong(1, row.fileId());
                    ps.setInt(2, row.line());
                    ps.setString(3, row.kind().code());
                    ps.setString(4, row.joinedFields());
                    ps.setString(5, row.pinColumns());
                });
    }

    /** Removes the rows staged so far of a file that turned out to be unreadable: nothing half-loaded. */
    public int discard(long fileId) {
        return jdbc.update("DELETE FROM staging_row WHERE file_id = ?", fileId);
    }
}
