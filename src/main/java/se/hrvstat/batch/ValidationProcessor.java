package se.hrvstat.batch;

import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.hrvstat.ingest.Codebook;
import se.hrvstat.ingest.CsvDialect;
import se.hrvstat.ingest.ReferenceLists;
import se.hrvstat.ingest.RowValidator;
import se.hrvstat.ingest.RuleBook;
import se.hrvstat.ingest.SourceRow;
import se.hrvstat.ingest.ValidatedRow;
import se.hrvstat.store.InputFileStore;
import se.hrvstat.store.ValidatedRowStore;

/**
 * Validates staged rows with the codebook and the cross-file rules. Before the step starts
 * (also on restart) it learns the keys already accepted from the files being validated, so
 * duplicate checks span the restart.
 */
class ValidationProcessor implements ItemProcessor<SourceRow, ValidatedRow>, StepExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(ValidationProcessor.class);
    private final JdbcTemplate jdbc;
    private final RowValidator validator;
    private final RuleBook rules;
    private final ValidatedRowStore validated;
    private final InputFileStore files;
    private final TransactionTemplate tx;

    ValidationProcessor(JdbcTemplate jdbc, Codebook codebook, RuleBook rules, ReferenceLists reference,
                        ValidatedRowStore validated, InputFileStore files, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.validator = new RowValidator(codebook, rules, reference, new JdbcClassRegistry(jdbc));
        this.rules = rules;
        this.validated = validated;
        this.files = files;
        this.tx = new TransactionTemplate(tx);
    }

    /**
     * Only a complete step (a stopped or failed one resumes where it was): the rules over whole
     * files, then the files marked validated with their counts, in one transaction.
     */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            tx.executeWithoutResult(status -> {
                int moved = validated.applyCellRules(rules.cellRules());
                if (moved > 0) {
                    LOG.info("{} rows rejected by rules over whole files (jobs/rules.csv)", moved);
                }
                files.markValidated();
            });
        }
        return stepExecution.getExitStatus();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jdbc.query("SELECT file_id, dialect FROM input_file WHERE validated_at IS NULL", rs -> {
            validator.decimalMark(rs.getLong(1), CsvDialect.decimalMarkOf(rs.getString(2)));
        });
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
