package se.hrvstat.batch.ops;

import java.util.List;
import java.util.Optional;

import se.hrvstat.result.ExecutionRecord;
import se.hrvstat.result.StepRecord;
import se.hrvstat.store.JobHistoryStore;

/**
 * The job history for the commands that only read it ({@code jobs}, {@code jobs show}, the
 * look-up of an execution id): the store's history queries over one plain connection, without
 * the Spring context, the migrations or the jobs, and without ever creating a store.
 */
public final class JobHistory implements AutoCloseable {
    private final JobHistoryStore store;

    /** The history, or empty with the sentence that says why there is none and where it looked. */
    public record Opening(Optional<JobHistory> history, String missing) {
    }

    private JobHistory(JobHistoryStore store) {
        this.store = store;
    }

    public static Opening open(String url, String user, String password) {
        JobHistoryStore.Opening opened = JobHistoryStore.open(url, user, password);
        return new Opening(opened.history().map(JobHistory::new), opened.missing());
    }

    /** Where the history is, for messages: the H2 file or the JDBC URL. */
    public String where() {
        return store.where();
    }

    /** Executions newest first; job and status filter when not null. */
    public List<ExecutionRecord> executions(String job, String status, int limit) {
        return store.executions(job, status, limit);
    }

    public Optional<ExecutionRecord> execution(long id) {
        return store.execution(id);
    }

    public List<StepRecord> steps(long executionId) {
        return store.steps(executionId);
    }

    public boolean hasExecution(long id) {
        return store.hasExecution(id);
    }

    @Override
    public void close() {
        store.close();
    }
}
