package se.hrvstat.batch;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import se.hrvstat.batch.ops.GracefulStop;
import se.hrvstat.store.RunLockStore;

/**
 * Starts, resumes and restarts pipeline jobs so that a command run twice does the right thing:
 * an interrupted execution of the same command (same job, year, data and output) is resumed
 * from its last commit - after {@code kill -9} too - and a completed one is run again as a new
 * instance, which adds nothing because every step is idempotent. One process per job and year.
 */
@Component
public class PipelineRunner {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);
    private static final Set<BatchStatus> RESUMABLE = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED,
            BatchStatus.STARTED, BatchStatus.STARTING, BatchStatus.STOPPING, BatchStatus.UNKNOWN);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;
    private final RunLockStore locks;
    private final MunicipalPublication municipal;
    private final PipelineSettings settings;

    /**
     * The jobs of {@link PipelineJobsConfiguration}, known before the context starts so that the
     * command line can refuse an unknown job name as a usage error at once.
     */
    public static final List<String> JOB_NAMES = List.of("annual", "ingest", "validate", "weight", "estimate", "publish");

    public PipelineRunner(JobOperator operator, JobRepository repository, List<Job> jobs, RunLockStore locks,
                          MunicipalPublication municipal, PipelineSettings settings) {
        this.municipal = municipal;
        this.settings = settings;
        this.operator = operator;
        this.repository = repository;
        this.jobs = jobs.stream().collect(java.util.stream.Collectors.toMap(Job::getName, j -> j));
        this.locks = locks;
        if (!this.jobs.keySet().equals(Set.copyOf(JOB_NAMES))) {
            throw new IllegalStateException("the jobs " + this.jobs.keySet() + " differ from JOB_NAMES " + JOB_NAMES);
        }
    }

    public Set<String> jobNames() {
        return jobs.keySet();
    }

    /** Runs a job for the command's parameters, resuming an interrupted execution of it. */
    public JobExecution run(String jobName, RunParameters command) throws Exception {
        Job job = job(jobName);
        requireWritableOutput(jobName, command);
        requireSettings(jobName);
        try (RunLock lock = RunLock.acquire(locks, jobName + ":" + command.year())) {
            Optional<JobExecution> last = lastExecution(jobName, command);
            if (last.isPresent() && RESUMABLE.contains(last.get().getStatus())) {
                LOG.info("resuming {} execution {} ({}) from its last commit", jobName, last.get().getId(),
                        last.get().getStatus());
                return stoppable(jobName, command.year(), () -> resume(last.get()));
            }
            long run = last.map(e -> RunParameters.of(e.getJobParameters()).run() + 1).orElse(1L);
            RunParameters parameters = new RunParameters(command.year(), command.data(), command.out(), run);
            return stoppable(jobName, command.year(), () -> operator.start(job, parameters.toJobParameters()));
        }
    }

    /** Restarts a failed, stopped or crashed execution by id. */
    public JobExecution restart(long executionId) throws Exception {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(executionId);
        } catch (org.springframework.dao.EmptyResultDataAccessException none) {
            execution = null;
        }
        if (execution == null) {
            throw new IllegalArgumentException("no job execution with id " + executionId);
        }
        String jobName = execution.getJobInstance().getJobName();
        job(jobName);
        RunParameters parameters = RunParameters.of(execution.getJobParameters());
        requireWritableOutput(jobName, parameters);
        requireSettings(jobName);
        try (RunLock lock = RunLock.acquire(locks, jobName + ":" + parameters.year())) {
            JobExecution latest = repository.getLastJobExecution(execution.getJobInstance());
            if (latest != null && latest.getId() != executionId) {
                throw new IllegalArgumentException("execution " + executionId + " is not the latest of its job instance; "
                        + "the latest is " + latest.getId());
            }
            if (!RESUMABLE.contains(execution.getStatus())) {
                throw new IllegalArgumentException("execution " + executionId + " is " + execution.getStatus()
                        + " and cannot be restarted");
            }
            JobExecution toResume = execution;
            return stoppable(jobName, parameters.year(), () -> resume(toResume));
        }
    }

    /** Jobs that publish check their output folder first, to fail before the long steps. */
    private static void requireWritableOutput(String jobName, RunParameters parameters) {
        if (publishes(jobName)) {
            OutputFolder.requireWritable(parameters.out());
        }
    }

    /**
     * The settings a job reads in its later steps are read first, so that a setting not allowed
     * ({@link InvalidSetting}) stops it at once: {@code jobs/disclosure.properties} for the jobs
     * that publish, the {@code small-area.*} keys of {@code jobs/annual.properties} for those that
     * estimate or publish.
     */
    private void requireSettings(String jobName) {
        if (publishes(jobName)) {
            municipal.disclosure();
        }
        if (publishes(jobName) || jobName.equals("estimate")) {
            SmallAreaConfig.load(settings);
        }
    }

    /** Whether the job writes publications into its output folder (annual and publish do). */
    public static boolean publishes(String jobName) {
        return jobName.equals("annual") || jobName.equals("publish");
    }

    private interface Launch {
        JobExecution launch() throws Exception;
    }

    /**
     * Runs a launch so that SIGTERM or Ctrl-C stops it gracefully ({@link GracefulStop}): the
     * execution of this job and year (ours: we hold its run lock) is asked to stop, which it
     * does at its next chunk commit or step boundary, ending STOPPED and restartable.
     */
    private JobExecution stoppable(String jobName, int year, Launch launch) throws Exception {
        if (GracefulStop.requested() != null) {
            throw new IllegalStateException(jobName + " " + year + " not started: " + GracefulStop.requested()
                    + " received");
        }
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<Thread> stopper = new java.util.concurrent.atomic.AtomicReference<>();
        try (GracefulStop.Registration stop = GracefulStop.onStop(
                () -> stopper.set(requestStop(jobName, year, finished)))) {
            return launch.launch();
        } finally {
            finished.set(true);
            awaitEnd(stopper.get());
        }
    }

    /**
     * Waits for the thread that asks this launch's execution to stop to end (it sees
     * {@code finished} within 200 ms): left running, it could find the next launch of the same job
     * and year (a restart in the same process, e.g. the scheduler's next firing) running and
     * stop that one instead.
     */
    private static void awaitEnd(Thread stopper) {
        if (stopper == null) {
            return;
        }
        try {
            stopper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the running execution to stop; waits for it to exist if the signal came first. */
    private Thread requestStop(String jobName, int year, java.util.concurrent.atomic.AtomicBoolean finished) {
        Thread stopper = new Thread(() -> {
            while (!finished.get()) {
                Optional<JobExecution> running = repository.findRunningJobExecutions(jobName).stream()
                        .filter(e -> RunParameters.of(e.getJobParameters()).year() == year).findFirst();
                if (running.isPresent()) {
                    try {
                        markStopping(running.get());
                        LOG.info("execution {} asked to stop", running.get().getId());
                    } catch (Exception e) {
                        LOG.warn("could not ask execution {} to stop: {}", running.get().getId(), e.getMessage());
                    }
                    return;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "graceful-stop");
        stopper.setDaemon(true);
        stopper.start();
        return stopper;
    }

    /**
     * Marks the execution STOPPING, nothing more: its steps see it at their next commit
     * ({@code JobRepository.update} synchronises the status and ends the step STOPPED) and the
     * job at its next step boundary. Not {@code JobOperator.stop}: in Spring Batch 6 that also
     * writes every running step execution from this thread's stale copy, and the step's own next
     * commit then fails with an optimistic-locking error, ending the run FAILED instead of STOPPED
     * (seen in StopAnywhereTest on PostgreSQL).
     */
    public void markStopping(JobExecution execution) {
        execution.setStatus(BatchStatus.STOPPING);
        repository.update(execution);
    }

    private JobExecution resume(JobExecution execution) throws Exception {
        JobExecution restartable = execution;
        if (execution.getStatus().isRunning() || execution.getStatus() == BatchStatus.UNKNOWN) {
            // We hold the run lock, so the process that ran it is gone: mark it failed first.
            LOG.info("execution {} was left {} by a process that no longer runs; recovering it", execution.getId(),
                    execution.getStatus());
            restartable = operator.recover(execution);
        }
        return operator.restart(restartable);
    }

    private Optional<JobExecution> lastExecution(String jobName, RunParameters command) {
        return repository.findJobInstances(jobName).stream()
                .sorted(Comparator.comparingLong(JobInstance::getInstanceId).reversed())
                .map(repository::getLastJobExecution)
                .filter(e -> e != null && RunParameters.of(e.getJobParameters()).sameCommand(command))
                .findFirst();
    }

    private Job job(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new IllegalArgumentException("no job named " + name + " (jobs: " + String.join(", ", jobs.keySet()) + ")");
        }
        return job;
    }
}
