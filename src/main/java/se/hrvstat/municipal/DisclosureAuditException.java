package se.hrvstat.municipal;

import java.util.List;
import java.util.stream.Collectors;

import se.hrvstat.survey.disclosure.CellRange;

/** The audit found a suppressed cell that the published tables narrow down: nothing may be published. */
public class DisclosureAuditException extends RuntimeException {
    public DisclosureAuditException(int year, List<CellRange> failures) {
        super("röjandekontrollen underkände kommuntabellerna " + year + ": " + failures.size()
                + " undertryckta celler kan härledas för snävt ur det som publiceras, t.ex. "
                + failures.stream().limit(5).map(CellRange::toString).collect(Collectors.joining("; ")));
    }
}
