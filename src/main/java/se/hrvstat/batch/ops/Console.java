package se.hrvstat.batch.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees of a run: a few plain lines on standard output (the steps and what each
 * did) and, on a terminal, one progress line redrawn in place on standard error. Every line is
 * also logged (INFO), so the log file holds it beside the diagnostics; with JSON logs the lines
 * are log events only and no bar is drawn.
 *
 * <p>While a bar is shown, anything else written to standard output or error (a log line, a
 * message about a signal) first erases the bar and the bar is drawn again below the finished
 * line: no line is ever printed onto the bar. For that a terminal console wraps
 * {@code System.out} and {@code System.err} ({@link #install}).
 */
public final class Console {
    private static final Logger LOG = LoggerFactory.getLogger(Console.class);
    private static final String ERASE_LINE = "\r\033[K";
    private static Console installed;

    private final PrintStream out;
    private final PrintStream screen;
    private final boolean terminal;
    private final boolean json;
    private final Object lock = new Object();
    private String bar;          // the progress line to show, or null
    private boolean barShown;    // drawn on the screen now
    private boolean lineOpen;    // something was written without its newline yet

    private Console(PrintStream out, PrintStream screen, boolean terminal, boolean json) {
        this.out = out;
        this.screen = screen;
        this.terminal = terminal;
        this.json = json;
    }

    /** Plain lines to {@code out}, no bar (a pipe, a service, a test). */
    public static Console plain(PrintStream out) {
        return new Console(out, null, false, false);
    }

    /** Plain lines to whatever {@code System.out} is when a line is written, no bar. */
    public static Console plain() {
        return new Console(null, null, false, false);
    }

    /** Lines as log events only (JSON logs). */
    public static Console json() {
        return new Console(null, null, false, true);
    }

    /**
     * The console of a terminal: lines to standard output, the bar to standard error, and from
     * now on every write to either one goes around the bar.
     */
    public static synchronized Console install() {
        if (installed != null) {
            return installed;
        }
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        Console console = onTerminal(stderr);
        System.setOut(console.wrap(stdout));
        System.setErr(console.wrap(stderr));
        installed = console;
        return console;
    }

    /** A terminal console whose bar goes to {@code screen}; its lines go to System.out. */
    static Console onTerminal(PrintStream screen) {
        return new Console(null, screen, true, false);
    }

    /** {@code target} as a stream whose writes go around the bar. */
    PrintStream wrap(PrintStream target) {
        return new PrintStream(around(target), true, StandardCharsets.UTF_8);
    }

    public boolean terminal() {
        return terminal;
    }

    /** A line for the person running the command (and the log). */
    public void line(String text) {
        LOG.info(text.strip());
        if (json) {
            return;
        }
        PrintStream target = out != null ? out : System.out; // System.out goes around the bar
        target.println(text);
        target.flush();
    }

    /** Shows (or replaces) the progress line; a no-op unless on a terminal. */
    public void bar(String text) {
        if (!terminal) {
            return;
        }
        synchronized (lock) {
            bar = text;
            if (!lineOpen) {
                draw();
            }
        }
    }

    /** Removes the progress line. */
    public void clearBar() {
        if (!terminal) {
            return;
        }
        synchronized (lock) {
            bar = null;
            erase();
        }
    }

    private void draw() {
        screen.print(ERASE_LINE + bar);
        screen.flush();
        barShown = true;
    }

    private void erase() {
        if (barShown) {
            screen.print(ERASE_LINE);
            screen.flush();
            barShown = false;
        }
    }

    /** A stream that writes to {@code target} around the bar: erase it, write, draw it again after a newline. */
    private OutputStream around(PrintStream target) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (len == 0) {
                    return;
                }
                synchronized (lock) {
                    erase();
                    target.write(b, off, len);
                    target.flush();
                    lineOpen = b[off + len - 1] != '\n';
                    if (!lineOpen && bar != null) {
                        draw();
                    }
                }
            }

            @Override
            public void flush() throws IOException {
                target.flush();
            }
        };
    }
}
