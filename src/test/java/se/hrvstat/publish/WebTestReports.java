package se.hrvstat.publish;

import se.hrvstat.result.AnnualReport;

/** {@link TestReports} for the web edition's tests in {@code publish.web}. */
public final class WebTestReports {
    private WebTestReports() {
    }

    /** Two waves, every breakdown, suppressed and uncertain cells, two municipal tables. */
    public static AnnualReport widened() {
        return TestReports.widenedReport();
    }
}
