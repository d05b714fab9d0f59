package se.hrvstat.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** One-value queries on a test store from outside the process under test (plain JDBC, a connection each). */
public final class Sql {
    private Sql() {
    }

    /** The first column of the first row as a number. */
    public static long number(Store.Database db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of the first row as text; null when there is no row. */
    public static String text(Store.Database db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * Polls {@code countQuery} until it gives a positive count, the process ends or the deadline
     * ({@link System#nanoTime()}) passes; a query that fails because the schema is not there yet
     * counts as zero.
     *
     * @return the first positive count, or 0
     */
    public static long waitForPositive(Store.Database db, Process run, String countQuery, long deadline,
                                       long pollMillis) throws InterruptedException {
        while (System.nanoTime() < deadline && run.isAlive()) {
            try {
                long n = number(db, countQuery);
                if (n > 0) {
                    return n;
                }
            } catch (SQLException notYet) {
                // the schema is not created yet
            }
            Thread.sleep(pollMillis);
        }
        return 0;
    }
}
