package se.hrvstat.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.hrvstat.result.RecordedIndicatorVersion;

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


    /** Violations against recorded versions; see {@link #violations(IndicatorCatalogue, Map)}. */
    public static List<String> violations(IndicatorCatalogue catalogue, Collection<RecordedIndicatorVersion> recorded) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        recorded.forEach(r -> fingerprints.put(r.seriesKey(), r.fingerprint()));
        return violations(catalogue, fingerprints);
    }

    /**
     * The first wave of the indicator's trend series. The first version of an indicator (no
     * lower version recorded) covers every wave; a later version starts a new series at the
     * wave where it was first estimated ({@code firstWaveIfNew} when it is not yet recorded),
     * so that no change or trend joins estimates of two definitions.
     */
    public static int seriesStart(Indicator indicator, Collection<RecordedIndicatorVersion> recorded, int firstWaveIfNew) {
        boolean earlier = false;
        Integer own = null;
        for (RecordedIndicatorVersion r : recorded) {
            if (r.name().equals(indicator.name())) {
                earlier |= r.version() < indicator.version();
                if (r.version() == indicator.version()) {
                    own = r.firstWave();
                }
            }
        }
        if (!earlier) {
            return Integer.MIN_VALUE;
        }
        return own != null ? own : firstWaveIfNew;
    }

    private static String shortened(String fingerprint) {
        return fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}
