package se.hrvstat.batch.ops;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The console of a job: a line when it starts, and for each of its steps a line saying what
 * the step did ({@link StepSummary}) when it ends. While a step runs longer than
 * {@link #QUIET}, a progress bar on a terminal (redrawn every 200 ms: the work done, the share
 * and the time left when the total is known), or otherwise a plain line every
 * {@code interval}. The work is counted in rows for a chunk step (each item read) and in what a
 * tasklet reports through {@link #expect} and {@link #advance} (waves weighted, indicators
 * estimated, fact sheets written). Only counts are shown, never a row's content.
 *
 * <p>Attach it to the steps of a job (not to the worker steps of a partition: those call
 * {@link #advance}); the steps of one job run one after the other.
 */
public class StepProgress implements StepExecutionListener, ItemReadListener<Object>, JobExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(StepProgress.class);
    /** Steps quicker than this show no progress. */
    static final Duration QUIET = Duration.ofSeconds(2);
    private static final Duration BAR_REFRESH = Duration.ofMillis(200);

    private final Function<StepExecution, Long> rowTotal;
    private final Console console;
    private final Duration interval;
    private final AtomicLong done = new AtomicLong();
    private ScheduledExecutorService ticker;
    private ScheduledFuture<?> ticking;

    private volatile String step;
    private volatile Long total;
    private volatile String unit;
    private volatile long started;
    private volatile long lastLine;
    private boolean running;

    /**
     * @param rowTotal the rows a chunk step will read, or null when unknown (asked once, at its start)
     * @param console  where the lines and the bar go
     * @param interval time between plain progress lines when not on a terminal
     */
    public StepProgress(Function<StepExecution, Long> rowTotal, Console console, Duration interval) {
        this.rowTotal = rowTotal;
        this.console = console;
        this.interval = interval;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        console.line(StepSummary.header(execution));
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = StepSummary.label(stepExecution.getStepName());
        done.set(0);
        unit = null;
        total = null;
        started = System.nanoTime();
        lastLine = started;
        try {
            Long rows = rowTotal.apply(stepExecution);
            if (rows != null) {
                expect(rows, "rows");
            }
        } catch (RuntimeException e) {
            LOG.debug("no total for the progress of {}", step, e);
        }
        synchronized (this) {
            running = true;
            startTicking();
        }
    }

    /** The work the running step has to do, in {@code unit} (e.g. 3 waves); total null when unknown. */
    public void expect(Long total, String unit) {
        this.total = total;
        this.unit = unit;
    }

    /** Some work of the running step is done (any thread). */
    public void advance(long amount) {
        done.addAndGet(amount);
    }

    @Override
    public void afterRead(Object item) {
        // one item of the ingest step is a block of rows
        advance(item instanceof se.hrvstat.store.ValidatedRowStore.Batch batch ? batch.size() : 1);
        if (unit == null) {
            unit = "rows";
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        synchronized (this) {
            running = false;
            stopTicking();
            console.clearBar();
        }
        console.line(StepSummary.line(stepExecution, Duration.ofNanos(System.nanoTime() - started)));
        for (Throwable failure : stepExecution.getFailureExceptions()) {
            // to the log file with its trace; the console gets hrvstat's one line on the run's failure
            LOG.info("step {} failed", stepExecution.getStepName(), failure);
        }
        return stepExecution.getExitStatus();
    }

    /** The progress of the running step now. */
    Progress now() {
        long rows = done.get();
        Long known = total;
        return new Progress(step, rows, known == null ? null : Math.max(known, rows),
                Duration.ofNanos(System.nanoTime() - started), unit);
    }

    private synchronized void tick() {
        try {
            if (!running) {
                return;
            }
            long now = System.nanoTime();
            if (now - started < QUIET.toNanos()) {
                return;
            }
            if (console.terminal()) {
                console.bar(now().bar(30));
            } else if (now - lastLine >= interval.toNanos()) {
                lastLine = now;
                console.line("  " + now().line());
            }
        } catch (RuntimeException e) {
            LOG.debug("progress of {} not shown", step, e); // never let the display stop a run
        }
    }

    private synchronized void startTicking() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "hrvstat-progress");
                t.setDaemon(true);
                return t;
            });
        }
        stopTicking();
        long period = (console.terminal() ? BAR_REFRESH : Duration.ofMillis(Math.min(1000, interval.toMillis())))
                .toMillis();
        ticking = ticker.scheduleAtFixedRate(this::tick, period, Math.max(1, period), TimeUnit.MILLISECONDS);
    }

    private synchronized void stopTicking() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }
}
