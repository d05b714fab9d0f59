package se.hrvstat.publish.web;

import java.util.List;

/**
 * The year's message on the start page: a lead-in and the findings, one sentence each, in the
 * words of the report's summary.
 *
 * @param title    lead-in, e.g. "Andel av eleverna 2024 (inom parentes 2022):"
 * @param findings one line per finding, without a bullet
 */
public record KeyFindings(String title, List<String> findings) {
    public KeyFindings {
        findings = List.copyOf(findings);
    }

    /** Where the start page gets its findings; the lead may plug in {@code result.KeyFindings} here. */
    @FunctionalInterface
    public interface Source {
        KeyFindings of(se.hrvstat.result.AnnualReport report);
    }
}
