package se.hrvstat.batch;

/**
 * A setting of the jobs folder that is not allowed (e.g. {@code disclosure.method=foo} or
 * {@code small-area.publish.band-max-rrmse=0,2}): the message names the file, the key and the
 * value found. A job that reads the setting checks it before it starts, so the command exits 2
 * at once instead of failing after the long steps (CLI.md: 2 = usage).
 */
public class InvalidSetting extends IllegalArgumentException {
    public InvalidSetting(String message) {
        super(message);
    }
}
