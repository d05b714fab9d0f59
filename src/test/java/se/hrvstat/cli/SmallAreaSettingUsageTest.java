package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.testsupport.CliRun;
import se.hrvstat.testsupport.Pipeline;
import se.hrvstat.testsupport.Sql;
import se.hrvstat.testsupport.Store;

/**
 * A {@code small-area.*} setting of jobs/annual.properties that is not allowed stops a job that
 * estimates or publishes before it starts: exit 2 (usage) with one line naming the file, the key
 * and the value, and no job execution in the store. Before, such a value failed the estimate step
 * after ingest, weighting and the survey estimates (about two minutes on the sample data, exit 1).
 */
class SmallAreaSettingUsageTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "hrvstat run {0} with {1}={2}")
    @CsvSource({"annual, small-area.publish.band-max-rrmse, '0,2'", "estimate, small-area.publish.shown-max-rrmse, -1",
        "publish, small-area.benchmark, county"})
    void aSmallAreaSettingNotAllowedExits2BeforeTheJobStarts(String job, String key, String value) throws Exception {
        Path jobs = copyOfJobsWith(key, value);
        Store.Database db = Store.H2.freshDatabase(temp);

        CliRun.Outcome run = CliRun.execute("run", job, "--year", "2024", "--data", "sample-data", "--out",
                temp.resolve("out").toString(), "--db", db.url(), "--db-user", db.user(), "--db-password", db.password(),
                "--hrvstat.jobs-dir=" + jobs, "--hrvstat.templates-dir=report-templates");

        String said = run.out() + run.err();
        assertThat(run.status()).as(said).isEqualTo(2);
        assertThat(said).contains(jobs.resolve("annual.properties").toString()).contains(key).contains("'" + value + "'");
        assertThat(run.err().strip().lines().filter(l -> l.contains(key))).as(said).hasSize(1);
        assertThat(Sql.number(db, "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).as("no execution started").isZero();
    }

    /** jobs/ copied, with {@code key} set to {@code value} (the line that sets it replaced). */
    private Path copyOfJobsWith(String key, String value) throws Exception {
        Path copy = Pipeline.jobsCopy(temp);
        Path annual = copy.resolve("annual.properties");
        String text = Files.readString(annual);
        String setting = "(?m)^" + Pattern.quote(key) + "=.*$";
        assertThat(text).containsPattern(setting);
        Files.writeString(annual, text.replaceAll(setting, Matcher.quoteReplacement(key + "=" + value)));
        return copy;
    }
}
