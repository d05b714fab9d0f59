package se.hrvstat.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.hrvstat.sampledata.ReferenceData.Municipality;

/**
 * The synthetic geography: an inhabitant count, a share of foreign-born youth and a risk effect
 * for every municipality. Inhabitants of the largest municipalities are rounded public figures;
 * the others are drawn from a log-normal distribution. None of this is official statistics.
 */
final class Geography {

    /** Approximate inhabitants of the largest municipalities (rounded, for realism only). */
    private static final Map<String, Integer> KNOWN_INHABITANTS = new TreeMap<>(Map.ofEntries(
            Map.entry("0180", 984_000), Map.entry("1480", 600_000), Map.entry("1280", 360_000),
            Map.entry("0380", 245_000), Map.entry("0580", 167_000), Map.entry("1980", 158_000),
            Map.entry("1880", 158_000), Map.entry("1283", 151_000), Map.entry("0581", 145_000),
            Map.entry("0680", 144_000), Map.entry("2480", 132_000), Map.entry("1281", 129_000),
            Map.entry("0126", 115_000), Map.entry("1490", 114_000), Map.entry("0182", 109_000),
            Map.entry("0484", 107_000), Map.entry("1380", 105_000), Map.entry("2180", 103_000),
            Map.entry("0181", 102_000), Map.entry("2281", 100_000), Map.entry("0136", 97_000),
            Map.entry("0127", 96_000), Map.entry("0780", 96_000), Map.entry("1780", 95_000),
            Map.entry("0184", 86_000), Map.entry("1290", 86_000), Map.entry("0123", 85_000),
            Map.entry("1384", 85_000), Map.entry("2580", 79_000), Map.entry("0160", 74_000),
            Map.entry("0880", 72_000), Map.entry("1481", 70_000), Map.entry("1080", 67_000),
            Map.entry("2380", 64_000), Map.entry("2080", 60_000), Map.entry("1488", 59_000),
            Map.entry("0183", 55_000), Map.entry("0191", 50_000), Map.entry("1282", 46_000),
            Map.entry("0163", 76_000)));

    /** Extra foreign-born share in municipalities known for a young, foreign-born population. */
    private static final Map<String, Double> EXTRA_FOREIGN = new TreeMap<>(Map.ofEntries(
            Map.entry("0127", 0.25), Map.entry("0181", 0.20), Map.entry("1280", 0.12),
            Map.entry("0183", 0.10), Map.entry("2583", 0.20), Map.entry("0126", 0.08),
            Map.entry("0123", 0.08), Map.entry("1282", 0.08), Map.entry("0484", 0.06),
            Map.entry("1480", 0.07), Map.entry("0180", 0.05), Map.entry("0136", 0.05),
            Map.entry("0191", 0.08), Map.entry("0581", 0.04), Map.entry("1880", 0.04),
            Map.entry("1980", 0.04)));

    /** County effect on the latent honour-norm risk (the metropolitan counties highest). */
    private static final Map<String, Double> COUNTY_EFFECT = new TreeMap<>(Map.of(
            "01", 0.30, "12", 0.30, "14", 0.25, "03", 0.10, "05", 0.10, "18", 0.10, "19", 0.10,
            "04", 0.05, "06", 0.00, "13", 0.00));

    record Place(Municipality municipality, int inhabitants, double foreignShare, double riskEffect) {
        String kommunkod() {
            return municipality.kommunkod();
        }

        String lanskod() {
            return municipality.lanskod();
        }
    }

    private final Map<String, Place> places = new TreeMap<>();
    private final Map<String, Double> countyEffect = new TreeMap<>();

    Geography(ReferenceData ref, long seed) {
        for (ReferenceData.County c : ref.counties()) {
            Rng r = Rng.of(seed, "county-effect", c.lanskod());
            double e = COUNTY_EFFECT.getOrDefault(c.lanskod(), -0.10) + 0.05 * r.gaussian();
            countyEffect.put(c.lanskod(), e);
        }
        for (Municipality m : ref.municipalities()) {
            Rng r = Rng.of(seed, "municipality", m.kommunkod());
            int inh;
            if (KNOWN_INHABITANTS.containsKey(m.kommunkod())) {
                inh = KNOWN_INHABITANTS.get(m.kommunkod());
            } else {
                double v = Math.exp(Math.log(15_000) + 0.65 * r.gaussian());
                inh = (int) Math.round(Math.min(70_000, Math.max(2_400, v)) / 10.0) * 10;
            }
            double logSize = Math.log(inh / 20_000.0);
            double foreign = 0.09 + 0.035 * logSize + EXTRA_FOREIGN.getOrDefault(m.kommunkod(), 0.0)
                    + 0.02 * r.gaussian();
            foreign = Math.min(0.45, Math.max(0.04, foreign));
            double risk = countyEffect.get(m.lanskod()) + 0.08 * Math.max(-1.5, Math.min(4.0, logSize))
                    + 0.10 * r.gaussian();
            places.put(m.kommunkod(), new Place(m, inh, foreign, risk));
        }
    }

    Place place(String kommunkod) {
        return places.get(kommunkod);
    }

    List<Place> places() {
        return new ArrayList<>(places.values());
    }

    double countyEffect(String lanskod) {
        return countyEffect.get(lanskod);
    }
}
