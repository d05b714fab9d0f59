package se.hrvstat.municipal;

import java.nio.file.Path;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.hrvstat.survey.disclosure.CellSystem;
import se.hrvstat.survey.disclosure.DisclosureAudit;
import se.hrvstat.survey.disclosure.DisclosureRules;
import se.hrvstat.survey.disclosure.SecondarySuppression;
import se.hrvstat.survey.disclosure.SuppressionPattern;

/**
 * Where the municipal publish step spends its time on the sample data with the intruder-safe rule
 * (a '..' holds at least 1): the secondary suppression and the final exact audit timed apart.
 * Not a test: run with {@code -Dhrvstat.profile=true -Dtest=PublishProfile}; with
 * {@code -Dhrvstat.profile.out=PREFIX} it also writes the final audit's report (internal: true values) to
 * {@code PREFIX-<year>.txt}.
 */
class PublishProfile {
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2024, 2023})
    @EnabledIfSystemProperty(named = "hrvstat.profile", matches = "true")
    void timesTheDisclosureControlOfTheSampleData(int year) {
        DisclosureRules rules = DisclosureRules.DEFAULT;
        MunicipalYear y = SampleMunicipalYear.read(Path.of("sample-data"), year);
        Geography geo = SampleMunicipalYear.geography();
        CellSystem cells = CountCells.build(new KnownPersons(y.cases(), geo), geo);
        SuppressionPattern primary = SuppressionPattern.primary(cells, rules);
        long t0 = System.nanoTime();
        SecondarySuppression.Outcome outcome = new SecondarySuppression(rules).complete(cells, primary);
        long t1 = System.nanoTime();
        DisclosureAudit.Result audit = new DisclosureAudit(rules).audit(cells, outcome.pattern());
        long t2 = System.nanoTime();
        String out = System.getProperty("hrvstat.profile.out");
        if (out != null) {
            // the pattern and every suppressed cell's provable range, to compare two versions of the audit
            try {
                java.nio.file.Files.writeString(Path.of(out + "-" + year + ".txt"), audit.report());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        System.out.printf("profile %d: %d cells, %d primary, %d suppressed, %d rounds; secondary %.1f s, final audit %.1f s,"
                        + " passes %s%n",
                year, cells.size(), primary.primaryCount(), outcome.pattern().suppressedCount(), outcome.rounds(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, audit.passes());
    }
}
