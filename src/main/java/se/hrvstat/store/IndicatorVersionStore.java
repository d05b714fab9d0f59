package se.hrvstat.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.hrvstat.result.RecordedIndicatorVersion;


/** The indicator versions estimated so far, with their fingerprints (table indicator_version). */
@Repository
public class IndicatorVersionStore {
    private final JdbcTemplate jdbc;

    public IndicatorVersionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<RecordedIndicatorVersion> all() {
        return jdbc.query("SELECT indicator, version, fingerprint, first_wave FROM indicator_version "
                + "ORDER BY indicator, version", (rs, i) -> new RecordedIndicatorVersion(rs.getString(1), rs.getInt(2),
                rs.getString(3), rs.getInt(4)));
    }

    /** Records a version not seen before (does nothing when it is already recorded). */
    public void recordIfNew(String indicator, int version, String fingerprint, String definition, int firstWave,
                            int refYear) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM indicator_version WHERE indicator = ? AND version = ?",
                Integer.class, indicator, version);
        if (known == null || known == 0) {
            jdbc.update("INSERT INTO indicator_version (indicator, version, fingerprint, definition, first_wave, "
                    + "recorded_in) VALUES (?,?,?,?,?,?)", indicator, version, fingerprint,
                    definition.length() > 4000 ? definition.substring(0, 4000) : definition, firstWave, refYear);
        }
    }
}
