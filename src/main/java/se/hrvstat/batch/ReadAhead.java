package se.hrvstat.batch;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Runs a producer of blocks (of rows) on a thread of its own, a few blocks ahead of the
 * consumer: the file is read, screened and validated while the step's thread lands the rows
 * before (PostgreSQL's COPY works in its own process meanwhile). Blocks come out in the order
 * produced; a failure of the producer is thrown to the consumer where it happened, after the
 * blocks before it. What is read ahead and never consumed is simply dropped: the store, not this
 * queue, says how far a run got.
 */
final class ReadAhead<T> implements AutoCloseable {
    private static final Object END = new Object();

    private record Failure(Throwable cause) {
    }

    private final Supplier<T> producer;
    private final BlockingQueue<Object> queue;
    private final String name;
    private Thread thread;
    private boolean ended;

    /**
     * @param producer the next block, null at the end
     * @param depth    how many blocks may wait
     */
    ReadAhead(Supplier<T> producer, int depth, String name) {
        this.producer = producer;
        this.queue = new ArrayBlockingQueue<>(depth);
        this.name = name;
    }

    /** The next block, or null at the end. */
    @SuppressWarnings("unchecked")
    T next() {
        if (ended) {
            return null;
        }
        start();
        Object block = take();
        if (block == END) {
            ended = true;
            return null;
        }
        if (block instanceof Failure f) {
            ended = true;
            if (f.cause() instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) f.cause();
        }
        return (T) block;
    }

    /** Starts reading ahead (else the first {@link #next()} does). */
    void start() {
        if (thread == null) {
            thread = new Thread(this::produce, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead", e);
        }
    }

    private void produce() {
        try {
            while (true) {
                T block = producer.get();
                if (block == null) {
                    queue.put(END);
                    return;
                }
                queue.put(block);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: nobody waits for more
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops the producer and waits for its thread to end (after which its resources may be closed). */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
