package se.hrvstat.batch;

import java.util.HashSet;
import java.util.Set;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.ingest.Codebook;
import se.hrvstat.ingest.ReferenceLists;
import se.hrvstat.ingest.RowValidator;
import se.hrvstat.ingest.SourceRow;
import se.hrvstat.ingest.ValidatedRow;

/**
 * Validates staged rows with the codebook and the cross-file rules. Before the step starts
 * (also on restart) it learns the keys already accepted from the files being validated, so
 * duplicate checks span the restart.
 */
class ValidationProcessor implements ItemProcessor<SourceRow, ValidatedRow>, StepExecutionListener {
    private final JdbcTemplate jdbc;
    private final RowValidator validator;

    ValidationProcessor(JdbcTemplate jdbc, Codebook codebook, ReferenceLists reference) {
        this.jdbc = jdbc;
        this.validator = new RowValidator(codebook, reference, new JdbcClassRegistry(jdbc));
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        remember("SELECT c.file_id, c.class_id FROM survey_class c JOIN input_file f ON f.file_id = c.file_id "
                + "WHERE f.validated_at IS NULL");
        remember("SELECT r.file_id, r.resp_id FROM survey_response r JOIN input_file f ON f.file_id = r.file_id "
                + "WHERE f.validated_at IS NULL");
    }

    private void remember(String sql) {
        java.util.Map<Long, Set<String>> keys = new java.util.HashMap<>();
        jdbc.query(sql, rs -> {
            keys.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
        });
        keys.forEach(validator::rememberKeys);
    }

    @Override
    public ValidatedRow process(SourceRow row) {
        return validator.validate(row);
    }
}
