package se.hrvstat.batch.ops;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Lets a long tasklet stop between units of its work (a wave weighted, a publication or a fact
 * sheet written) instead of at its end: Spring Batch sees a stop request only when a step commits
 * a chunk, and a tasklet is one chunk. A stop is requested by SIGTERM or Ctrl-C in this process
 * ({@link GracefulStop}) or by {@code hrvstat stop} from another (the execution STOPPING in the
 * job repository, looked up at most once a second). The tasklet then marks its step to end
 * STOPPED after the current transaction; every such step redoes its work whole when restarted.
 */
public class StopCheck {
    private static final long LOOKUP_NANOS = 1_000_000_000L;
    private final JobRepository jobs;
    private volatile long lastLookup;

    public StopCheck(JobRepository jobs) {
        this.jobs = jobs;
    }

    /** True (and the step marked to end STOPPED) when its job has been asked to stop. */
    public boolean stopHere(StepContribution contribution) {
        StepExecution step = contribution.getStepExecution();
        if (step.isTerminateOnly() || requested(step)) {
            step.setTerminateOnly();
            return true;
        }
        return false;
    }

    private boolean requested(StepExecution step) {
        if (GracefulStop.requested() != null) {
            return true;
        }
        long now = System.nanoTime();
        if (now - lastLookup < LOOKUP_NANOS) {
            return false;
        }
        lastLookup = now;
        JobExecution stored = jobs.getJobExecution(step.getJobExecutionId());
        return stored != null && stored.getStatus() == BatchStatus.STOPPING;
    }
}
