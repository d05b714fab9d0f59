package se.hrvstat.batch.ops;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Reports the progress of a long chunk step: on a terminal a bar on standard error, redrawn in
 * place (rows, rate, time left); otherwise - a service, a pipe, a log file, JSON logs - a plain
 * log line every {@code interval}. Only counts are reported, never a row's content.
 */
public class StepProgress implements StepExecutionListener, ItemReadListener<Object> {
    private static final Logger LOG = LoggerFactory.getLogger(StepProgress.class);
    private static final Duration BAR_REFRESH = Duration.ofMillis(200);

    private final Function<StepExecution, Long> total;
    private final boolean terminal;
    private final Duration interval;
    private final PrintStream screen;

    private String step;
    private Long stepTotal;
    private long rows;
    private long started;
    private long lastReport;

    /**
     * @param total    the rows the step will read, or null when unknown (asked once, at the start)
     * @param terminal draw a bar (else log lines)
     * @param interval time between log lines when not on a terminal
     */
    public StepProgress(Function<StepExecution, Long> total, boolean terminal, Duration interval, PrintStream screen) {
        this.total = total;
        this.terminal = terminal;
        this.interval = interval;
        this.screen = screen;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution.getStepName();
        rows = 0;
        started = System.nanoTime();
        lastReport = started;
        try {
            stepTotal = total.apply(stepExecution);
        } catch (RuntimeException e) {
            stepTotal = null;
            LOG.debug("no total for the progress of {}", step, e);
        }
    }

    @Override
    public void afterRead(Object item) {
        rows += item instanceof se.hrvstat.store.ValidatedRowStore.Batch batch ? batch.size() : 1; // one item, many rows
        long now = System.nanoTime();
        if (now - lastReport >= (terminal ? BAR_REFRESH : interval).toNanos()) {
            lastReport = now;
            report(now, false);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (rows > 0) {
            report(System.nanoTime(), true);
        }
        return stepExecution.getExitStatus();
    }

    private void report(long now, boolean last) {
        Progress p = new Progress(step, rows, stepTotal == null ? null : Math.max(stepTotal, rows),
                Duration.ofNanos(now - started));
        if (terminal) {
            screen.print("\r" + p.bar(30) + "   " + (last ? "\n" : ""));
            screen.flush();
        } else {
            LOG.info(p.line());
        }
    }
}
