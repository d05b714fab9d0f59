package se.hrvstat.batch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import se.hrvstat.store.RunLockStore;

/**
 * Makes sure that a job key (e.g. {@code annual:2024}) is run by one process at a time. A
 * holder is alive while its process exists (same host) or, seen from another host, while its
 * heartbeat is younger than {@link #STALE}. A dead holder's key is taken over: that is how a
 * run after {@code kill -9} or a power cut resumes instead of waiting forever.
 */
public final class RunLock implements AutoCloseable {
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final Duration STALE = Duration.ofSeconds(30);

    private final RunLockStore store;
    private final String key;
    private final String host;
    private final long pid;
    private final ScheduledExecutorService heartbeat;

    private RunLock(RunLockStore store, String key, String host, long pid) {
        this.store = store;
        this.key = key;
        this.host = host;
        this.pid = pid;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "run-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleAtFixedRate(() -> store.heartbeat(key, host, pid), HEARTBEAT.toSeconds(),
                HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Takes the key, or throws {@link AlreadyRunningException} naming the live holder. */
    public static RunLock acquire(RunLockStore store, String key) {
        String host = hostName();
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; attempt < 3; attempt++) {
            if (store.tryInsert(key, host, pid)) {
                return new RunLock(store, key, host, pid);
            }
            Optional<RunLockStore.Holder> holder = store.holder(key);
            if (holder.isPresent()) {
                if (isAlive(holder.get(), host)) {
                    throw new AlreadyRunningException(key + " is already running (process " + holder.get().pid()
                            + " on " + holder.get().host() + ", last heartbeat " + holder.get().heartbeat() + ")");
                }
                store.removeIfHeldBy(key, holder.get());
            }
        }
        throw new AlreadyRunningException(key + " is being started by another process");
    }

    static boolean isAlive(RunLockStore.Holder holder, String myHost) {
        if (holder.host().equals(myHost)) {
            return ProcessHandle.of(holder.pid()).map(ProcessHandle::isAlive).orElse(false);
        }
        return holder.heartbeat().isAfter(Instant.now().minus(STALE));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        store.release(key, host, pid);
    }

    /** Another live process runs the same job and year. */
    public static final class AlreadyRunningException extends RuntimeException {
        public AlreadyRunningException(String message) {
            super(message);
        }
    }
}
