package se.hrvstat.result;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What validation made of one input file in a dry run: rows read, accepted and rejected, the
 * rejects per rule and a few examples (values masked where they could identify a person).
 */
public record FileValidation(Path file, String dialect, long read, long accepted, long rejected,
                             Map<String, Long> rejectsByRule, List<String> examples) {
    public double rejectedShare() {
        return read == 0 ? 0 : (double) rejected / read;
    }
}
