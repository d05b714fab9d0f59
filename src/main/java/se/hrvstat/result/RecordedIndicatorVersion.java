package se.hrvstat.result;

/**
 * An indicator version recorded by an earlier run (table {@code indicator_version}): a changed
 * definition without a new version stops the run, a new version starts a new trend series.
 *
 * @param name        catalogue name, e.g. {@code hedersnormer}
 * @param version     the catalogue's version number of the definition
 * @param fingerprint the definition's fingerprint when it was first estimated
 * @param firstWave   the first wave of the version's trend series: the latest wave there was
 *                    when the version was first estimated
 */
public record RecordedIndicatorVersion(String name, int version, String fingerprint, int firstWave) {
    public String seriesKey() {
        return name + "@" + version;
    }
}
