package se.hrvstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import se.hrvstat.batch.OutputFolder;
import se.hrvstat.batch.PipelineRunner;

/**
 * The usage checks of docs/cli.md (exit status 2) that look at the disk: made on the arguments
 * alone, before Spring, Flyway or a job execution starts, so a mistake is answered in well under a
 * second and leaves nothing in the job history. Each check throws picocli's
 * {@link ParameterException}, which {@link Main} prints as one line with a hint.
 */
final class Usage {
    private Usage() {
    }

    /** A job of {@link PipelineRunner#JOB_NAMES}, else a usage error with the closest name. */
    static void requireJob(CommandSpec spec, String job) {
        if (!PipelineRunner.JOB_NAMES.contains(job)) {
            throw new ParameterException(spec.commandLine(), "unknown job '" + job + "'"
                    + closest(job, PipelineRunner.JOB_NAMES).map(s -> "; did you mean '" + s + "'?").orElse("")
                    + " (jobs: " + String.join(", ", PipelineRunner.JOB_NAMES) + ")");
        }
    }

    /** {@code --data}: a folder that exists and can be read. */
    static void requireDataFolder(CommandSpec spec, Path data) {
        Path folder = data.toAbsolutePath().normalize();
        String problem = !Files.exists(folder) ? "there is no such folder"
                : !Files.isDirectory(folder) ? "it is a file, not a folder"
                : !Files.isReadable(folder) || !Files.isExecutable(folder) ? "it cannot be read (permissions)" : null;
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), "--data " + folder + ": " + problem);
        }
    }

    /**
     * {@code --out} of a job that publishes: a folder that can be written (created when missing,
     * as the run would create it; {@link OutputFolder} probes it with a file).
     */
    static void requireOutFolder(CommandSpec spec, String job, Path out) {
        if (!PipelineRunner.publishes(job)) {
            return;
        }
        try {
            OutputFolder.requireWritable(out);
        } catch (OutputFolder.NotWritableException e) {
            throw new ParameterException(spec.commandLine(), "--out: " + e.getMessage());
        }
    }

    /**
     * The candidate nearest to what was typed, if it is near enough to be a slip of the keyboard:
     * at most a third of its letters (and at least one) edited, by Levenshtein distance.
     */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        return candidates.stream().min(Comparator.comparingInt(c -> distance(lower, c)))
                .filter(c -> distance(lower, c) <= Math.max(1, c.length() / 3));
    }

    /**
     * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
     * letters as one edit each: the optimal string alignment distance (Damerau 1964's
     * transposition added to Levenshtein's, as in Boytsov 2011, section 2.2), by the full table.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
