package se.hrvstat.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import se.hrvstat.ingest.SourceRow;

/**
 * Raw rows as read, keyed by file and line, so a row can never be staged twice. On PostgreSQL
 * the rows go in with {@code COPY ... FROM STDIN} (the driver's CopyManager, in the chunk's
 * transaction); elsewhere (H2) as batched inserts.
 */
@Repository
public class StagingStore {
    private static final String COLUMNS = "staging_row (file_id, line_no, row_kind, fields, pin_columns)";
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final boolean postgresql;

    public StagingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
        this.postgresql = isPostgresql(jdbc);
    }

    public void insert(List<? extends SourceRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (postgresql) {
            copy(rows);
            return;
        }
        jdbc.batchUpdate("INSERT INTO " + COLUMNS + " VALUES (?,?,?,?,?)",
                rows, 500, (ps, row) -> {
                    ps.setLong(1, row.fileId());
                    ps.setInt(2, row.line());
                    ps.setString(3, row.kind().code());
                    ps.setString(4, row.joinedFields());
                    ps.setString(5, row.pinColumns());
                });
    }

    /** COPY in PostgreSQL's text format: tab-separated, \N for null, backslash escapes. */
    private void copy(List<? extends SourceRow> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 96);
        for (SourceRow row : rows) {
            text.append(row.fileId()).append('\t').append(row.line()).append('\t').append(row.kind().code()).append('\t');
            escape(text, row.joinedFields());
            text.append('\t');
            if (row.pinColumns() == null) {
                text.append("\\N");
            } else {
                escape(text, row.pinColumns());
            }
            text.append('\n');
        }
        copyIn(dataSource, "COPY " + COLUMNS + " FROM STDIN", text);
    }

    /** Whether the store is PostgreSQL (then rows are landed with COPY). */
    static boolean isPostgresql(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
    }

    /** Runs a COPY ... FROM STDIN of text-format rows on the connection of the current transaction. */
    static void copyIn(DataSource dataSource, String sql, CharSequence text) {
        Connection connection = DataSourceUtils.getConnection(dataSource); // the chunk's transaction
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot COPY rows into PostgreSQL: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /** Removes the rows staged so far of a file that turned out to be unreadable: nothing half-loaded. */
    public int discard(long fileId) {
        return jdbc.update("DELETE FROM staging_row WHERE file_id = ?", fileId);
    }
}
