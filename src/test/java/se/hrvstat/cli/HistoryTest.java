package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.testsupport.CliRun;
import se.hrvstat.testsupport.CliRun.Outcome;

/**
 * Issue 15, item 4: the commands that only read the history never create an empty store; they
 * say where they looked.
 */
class HistoryTest {
    @TempDir
    Path temp;

    private String missingStore() {
        return "jdbc:h2:file:" + temp.resolve("nowhere/hrvstat") + ";AUTO_SERVER=TRUE";
    }

    @Test
    void jobsOnAStoreThatDoesNotExistSaysWhereItLookedAndCreatesNothing() {
        Outcome result = CliRun.execute("jobs", "--db", missingStore());

        assertThat(result.status()).isZero();
        assertThat(result.err()).contains("no job history: there is no store at " + temp.resolve("nowhere/hrvstat.mv.db"));
        assertThat(temp.resolve("nowhere")).doesNotExist();
    }

    @Test
    void showingOrRestartingAnExecutionOfAStoreThatDoesNotExistIsABadValueAndCreatesNothing() {
        Outcome show = CliRun.execute("jobs", "show", "7", "--db", missingStore());
        Outcome restart = CliRun.execute("restart", "7", "--db", missingStore());

        assertThat(show.status()).isEqualTo(2);
        assertThat(restart.status()).isEqualTo(2);
        assertThat(restart.err()).contains("there is no store at " + temp.resolve("nowhere/hrvstat.mv.db"));
        assertThat(temp.resolve("nowhere")).doesNotExist();
    }

    @Test
    void jobsReadsTheHistoryOfAnExistingStoreWithoutStartingTheJobs() {
        se.hrvstat.testsupport.Store.Database db = se.hrvstat.testsupport.Store.H2.freshDatabase(temp);
        se.hrvstat.testsupport.Pipeline.start(db).close(); // migrated: the history tables exist, empty

        Outcome jobs = CliRun.execute("jobs", "--db", db.url(), "--db-user", db.user(), "--db-password", db.password());
        Outcome show = CliRun.execute("jobs", "show", "1", "--db", db.url(), "--db-user", db.user(), "--db-password",
                db.password());

        assertThat(jobs.status()).as(jobs.err()).isZero();
        assertThat(jobs.out()).startsWith("ID     JOB        STATUS");
        assertThat(show.status()).isEqualTo(2);
        assertThat(show.err()).contains("no job execution with id 1 in ");
    }
}
