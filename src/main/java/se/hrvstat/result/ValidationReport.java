package se.hrvstat.result;

import java.util.List;
import java.util.function.Consumer;

/**
 * What validation made of a run's input files, for the validation report
 * ({@code valideringsrapport-<year>.xlsx}): counts per file, counts per file and rule, and the
 * rejected rows themselves (values already masked where they could identify a person).
 */
public record ValidationReport(int year, List<FileCounts> files, List<RuleCount> rules, RejectSource rejects) {

    /** One input file: rows read, accepted and rejected. */
    public record FileCounts(String file, String dialect, long read, long accepted, long rejected) {
    }

    /** How many rejects of a file fall under a rule. */
    public record RuleCount(String file, String rule, long count) {
    }

    /** One reason a row was rejected. */
    public record RejectLine(String file, long line, String column, String rule, String value, String message) {
    }

    /** The rejected rows, streamed (there may be many), in file and line order. */
    @FunctionalInterface
    public interface RejectSource {
        void forEach(Consumer<RejectLine> sink);
    }
}
