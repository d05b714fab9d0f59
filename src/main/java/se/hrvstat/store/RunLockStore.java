package se.hrvstat.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One row per job key while a process runs it, with a heartbeat: the store-level guard that
 * two runs of the same job and year never run at once, on H2 and PostgreSQL alike.
 */
@Repository
public class RunLockStore {
    private final JdbcTemplate jdbc;

    public RunLockStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The holder of a key: host, process id and last heartbeat. */
    public record Holder(String host, long pid, Instant heartbeat) {
    }

    public Optional<Holder> holder(String key) {
        return jdbc.query("SELECT host, pid, heartbeat_at FROM run_lock WHERE job_key = ?",
                (rs, i) -> new Holder(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant()), key)
                .stream().findFirst();
    }

    /** Takes the key if free; false if another process inserted it first. */
    public boolean tryInsert(String key, String host, long pid) {
        try {
            jdbc.update("INSERT INTO run_lock (job_key, host, pid, heartbeat_at) VALUES (?,?,?,?)", key, host, pid,
                    Timestamp.from(Instant.now()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Removes a dead holder's row, only if it is still that holder's. */
    public boolean removeIfHeldBy(String key, Holder holder) {
        return jdbc.update("DELETE FROM run_lock WHERE job_key = ? AND host = ? AND pid = ?", key, holder.host(),
                holder.pid()) > 0;
    }

    public void heartbeat(String key, String host, long pid) {
        jdbc.update("UPDATE run_lock SET heartbeat_at = ? WHERE job_key = ? AND host = ? AND pid = ?",
                Timestamp.from(Instant.now()), key, host, pid);
    }

    public void release(String key, String host, long pid) {
        jdbc.update("DELETE FROM run_lock WHERE job_key = ? AND host = ? AND pid = ?", key, host, pid);
    }
}
