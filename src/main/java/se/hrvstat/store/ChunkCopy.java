package se.hrvstat.store;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code COPY ... FROM STDIN} of the current (chunk) transaction on PostgreSQL, fed block by
 * block as the step reads them: PostgreSQL lands the first rows of a chunk while the later ones
 * are still being read and validated, instead of waiting for the whole chunk (issue 5 item 7).
 * One COPY at a time per connection: a block of another table ends the open COPY and starts one
 * for its own. {@link #end()} finishes the open COPY, before the transaction's other statements.
 *
 * <p>Bound to the transaction: a rollback (a failed chunk) cancels a COPY still open before the
 * connection rolls back, so that no connection goes back to the pool in the middle of a COPY.
 * Outside a transaction (a direct call of the store) the COPY has its own connection, released by
 * {@link #end()}.
 */
final class ChunkCopy {
    private record Key(DataSource dataSource) {
    }

    private final DataSource dataSource;
    private final boolean bound;
    private Connection ownConnection;
    private CopyIn copy;
    private String sql;

    private ChunkCopy(DataSource dataSource, boolean bound) {
        this.dataSource = dataSource;
        this.bound = bound;
    }

    /** The COPY of the current transaction (started on first use), or an unbound one outside transactions. */
    static ChunkCopy of(DataSource dataSource) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new ChunkCopy(dataSource, false);
        }
        Key key = new Key(dataSource);
        ChunkCopy current = (ChunkCopy) TransactionSynchronizationManager.getResource(key);
        if (current == null) {
            ChunkCopy created = new ChunkCopy(dataSource, true);
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCompletion() {
                    created.cancel(); // a rollback: nothing of an unfinished COPY stays
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            current = created;
        }
        return current;
    }

    /** Sends rows in COPY's text format with {@code copySql}, in the COPY open for it or a new one. */
    void send(String copySql, PgCopy rows) {
        try {
            if (copy != null && !copySql.equals(sql)) {
                end();
            }
            if (copy == null) {
                copy = open(copySql);
                sql = copySql;
            }
            rows.writeTo(copy);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Finishes the open COPY, if any (PostgreSQL has then landed every row sent). */
    void end() {
        if (copy == null) {
            return;
        }
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            copy = null;
            sql = null;
            releaseOwnConnection();
        }
    }

    private CopyIn open(String copySql) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource); // the transaction's, when bound
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        } finally {
            if (bound) {
                DataSourceUtils.releaseConnection(connection, dataSource); // stays open with the transaction
            } else {
                ownConnection = connection;
            }
        }
    }

    /** Cancels the open COPY, if any: nothing of it lands. */
    void cancel() {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction rolls back anyway; the connection reports its own state
        } finally {
            copy = null;
            sql = null;
            releaseOwnConnection();
        }
    }

    private void releaseOwnConnection() {
        if (ownConnection != null) {
            DataSourceUtils.releaseConnection(ownConnection, dataSource);
            ownConnection = null;
        }
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("cannot COPY rows into PostgreSQL: " + e.getMessage(), e);
    }
}
