package se.hrvstat.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The versioning rule: a definition may not change under the same version. Every run stores
 * each indicator's {@link Indicator#seriesKey()} and {@link Indicator#fingerprint()}; before
 * the next run the catalogue is checked against those records. A changed definition must get
 * a new version, which starts a new trend series (estimates of different versions are never
 * joined in a trend).
 */
public final class VersionRule {

    private VersionRule() {
    }

    /**
     * Violations of the rule, one message per indicator whose fingerprint differs from the one
     * recorded for the same name and version; empty when the catalogue may be used.
     *
     * @param recorded fingerprints from earlier runs, keyed by {@code name@version}
     */
    public static List<String> violations(IndicatorCatalogue catalogue, Map<String, String> recorded) {
        List<String> out = new ArrayList<>();
        for (Indicator i : catalogue.indicators()) {
            String before = recorded.get(i.seriesKey());
            if (before != null && !before.equals(i.fingerprint())) {
                out.add("indicator '" + i.name() + "' version " + i.version() + " has changed since it"
                        + " was recorded (fingerprint " + shortened(before) + " is now "
                        + shortened(i.fingerprint()) + "); give it version " + (i.version() + 1)
                        + " to start a new trend series");
            }
        }
        return out;
    }

    private static String shortened(String fingerprint) {
        return fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
