package se.hrvstat.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.ingest.InputKind;
import se.hrvstat.ingest.SourceRow;

/**
 * Reads the staged rows of every file that is staged but not yet validated, in load order
 * (file, then line), a page at a time by key set on staging_row's primary key. Restartable:
 * on open it continues after the last row whose outcome the store holds.
 *
 * <p>Each page is read from one file ({@code file_id = ? AND line_no > ?}): H2 2.4 returned
 * some rows twice for the combined key-set condition {@code file_id > ? OR (file_id = ? AND
 * line_no > ?)} together with an {@code IN} list (seen with Spring Batch's paging reader too).
 */
class StagedRowReader implements ItemStreamReader<SourceRow> {

    private final JdbcTemplate jdbc;
    private final int pageSize;
    private final Map<Long, Integer> periods = new HashMap<>();
    private final Deque<SourceRow> page = new ArrayDeque<>();
    private List<Long> files;
    private int fileIndex;
    private long lastFile;
    private int lastLine;

    StagedRowReader(JdbcTemplate jdbc, int pageSize) {
        this.jdbc = jdbc;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        jdbc.query("SELECT file_id, period FROM input_file WHERE staged_at IS NOT NULL AND validated_at IS NULL", rs -> {
            periods.put(rs.getLong(1), rs.getInt(2));
        });
        files = periods.keySet().stream().sorted().toList();
        resumePointFromStore();
        fileIndex = 0;
        while (fileIndex < files.size() && files.get(fileIndex) < lastFile) {
            fileIndex++;
        }
    }

    /**
     * Where to go on: after the last row whose outcome (accepted or rejected) is committed. The
     * store is the truth here, not the execution context: a chunk's rows and rejects commit
     * together, but a stop can come between that commit and the saving of the reader's position.
     */
    private void resumePointFromStore() {
        lastFile = -1L;
        lastLine = -1;
        for (long file : files) {
            Integer line = jdbc.queryForObject("SELECT MAX(line_no) FROM (" + OUTCOMES + ") done", Integer.class,
                    file, file, file, file, file, file, file);
            if (line != null) {
                lastFile = file;
                lastLine = line;
            }
        }
    }

    private static final String OUTCOMES = "SELECT line_no FROM survey_class WHERE file_id = ? "
            + "UNION ALL SELECT line_no FROM survey_response WHERE file_id = ? "
            + "UNION ALL SELECT line_no FROM register_count WHERE file_id = ? "
            + "UNION ALL SELECT line_no FROM municipal_case WHERE file_id = ? "
            + "UNION ALL SELECT line_no FROM municipal_effort WHERE file_id = ? "
            + "UNION ALL SELECT line_no FROM municipal_population WHERE file_id = ? "
            + "UNION ALL SELECT line_no FROM rejected_row WHERE file_id = ?";

    @Override
    public SourceRow read() {
        while (page.isEmpty() && fileIndex < files.size()) {
            long file = files.get(fileIndex);
            fetch(file, file == lastFile ? lastLine : -1);
            if (page.isEmpty()) {
                fileIndex++;
            }
        }
        SourceRow row = page.poll();
        if (row != null) {
            lastFile = row.fileId();
            lastLine = row.line();
        }
        return row;
    }

    private void fetch(long fileId, int afterLine) {
        int period = periods.get(fileId);
        jdbc.query("SELECT line_no, row_kind, fields, pin_columns FROM staging_row WHERE file_id = ? AND line_no > ? "
                + "ORDER BY line_no FETCH FIRST " + pageSize + " ROWS ONLY", rs -> {
                    page.add(new SourceRow(fileId, InputKind.fromCode(rs.getString(2)), period, rs.getInt(1),
                            SourceRow.splitFields(rs.getString(3)), rs.getString(4)));
                }, fileId, afterLine);
    }

}
