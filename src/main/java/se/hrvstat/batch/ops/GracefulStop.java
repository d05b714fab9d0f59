package se.hrvstat.batch.ops;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM (what {@code systemctl stop}, {@code kill} and a container runtime send) and SIGINT
 * (Ctrl-C) ask the process to stop gracefully instead of ending it at once: whatever runs is
 * told to stop at its next commit (a chunk step commits its current chunk and ends STOPPED,
 * restartable; a tasklet step is not interrupted midway), and the
 * command then exits normally with its documented status. A second signal ends the process at
 * once; that is a crash, and the run resumes from its last commit when started again.
 *
 * <p>Uses the JDK's {@code sun.misc.Signal} (module jdk.unsupported) so that the JVM does not
 * begin its shutdown sequence on the first signal: the command must still be able to write to
 * the store and exit with its own status. Where it is missing the JVM's default handling stays.
 */
public final class GracefulStop {
    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);
    private static final List<Runnable> ON_STOP = new CopyOnWriteArrayList<>();
    private static volatile String signal;
    private static volatile boolean installed;

    private GracefulStop() {
    }

    /** Handles SIGTERM and SIGINT from now on (idempotent). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            for (String name : new String[] {"TERM", "INT"}) {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> received("SIG" + name));
            }
            installed = true;
        } catch (IllegalArgumentException | LinkageError unavailable) {
            LOG.debug("signal handling not available; SIGTERM ends the process at once", unavailable);
        }
    }

    /** The signal received (e.g. {@code SIGTERM}), or null while none has come. */
    public static String requested() {
        return signal;
    }

    /**
     * Calls {@code action} when a stop is requested (at once if one already was) until the
     * returned handle is closed.
     */
    public static Registration onStop(Runnable action) {
        ON_STOP.add(action);
        if (signal != null) {
            action.run();
        }
        return () -> ON_STOP.remove(action);
    }

    /** A registered stop action; closing it unregisters the action. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    static void received(String name) {
        if (signal != null) {
            System.err.println("hrvstat: " + name + " again: exiting now; the run resumes from its last commit "
                    + "when the same command is run again");
            Runtime.getRuntime().halt(1);
        }
        signal = name;
        System.err.println("hrvstat: " + name + " received: stopping after the current chunk "
                + "(the execution ends STOPPED and can be restarted); send it again to exit at once");
        LOG.info("{} received: stopping gracefully", name);
        ON_STOP.forEach(Runnable::run);
    }

    /** For tests in one JVM: forget a requested stop. */
    static void reset() {
        signal = null;
    }
}
