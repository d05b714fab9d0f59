package se.hrvstat.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 7: the crontab's line runs as user hrvstat and must be able to read the
 * environment file installed as {@code docs/operations.md} says. Runs the annual line of
 * {@code jobs/cron/hrvstat.crontab} as a user who is not root (made here with useradd, so only
 * when the tests run as root, as in CI), in a copy of the installed layout under a temporary
 * root: {@code /opt/hrvstat} holds a stand-in launcher that says who runs it with which database
 * URL, {@code /etc/hrvstat/hrvstat.env} has the owner, group and mode of the docs'
 * {@code install} line, {@code /var/log/hrvstat} belongs to the user.
 */
class CrontabTest {
    private static final Pattern ENV_INSTALL = Pattern.compile(
            "install -o (\\S+) -g (\\S+) -m (0\\d{3}) hrvstat\\.env /etc/hrvstat/hrvstat\\.env");
    private static final String URL = "jdbc:postgresql://db.example:5432/hrvstat";
    private static String user;
    private static Path root;

    @BeforeAll
    static void aUserWhoIsNotRoot() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "skipped: creating a test user with useradd "
                + "needs root (run the tests as root, as CI does, to check the crontab's line)");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/useradd")) && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "skipped: useradd and runuser (Debian: passwd, util-linux) are needed");
        user = "hrvcron" + ProcessHandle.current().pid() % 100000;
        run(List.of("/usr/sbin/useradd", "--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin",
                user));
        root = Files.createTempDirectory("hrvstat-crontab");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterAll
    static void removeTheUser() throws Exception {
        if (user != null) {
            run(List.of("/usr/sbin/userdel", user));
        }
        if (root != null) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theAnnualLineReadsTheEnvironmentFileAsInstalledAndLogsTheRun() throws Exception {
        Path log = install(envFileModeFromTheDocs());

        int status = runAsUser(crontabLine("annual"));

        String said = Files.readString(log);
        assertThat(status).as(said).isZero();
        assertThat(said).contains("hrvstat schedule --now annual as " + user + " with HRVSTAT_DB_URL=" + URL);
    }

    @Test
    void aRootOnlyEnvironmentFileStopsTheLineAndTheLogSaysWhy() throws Exception {
        Path log = install("0600");

        int status = runAsUser(crontabLine("annual"));

        assertThat(status).isNotZero();
        assertThat(Files.readString(log)).contains("Permission denied").doesNotContain("hrvstat schedule");
    }

    /** The mode of the environment file in the docs' install line (and its owner root, group hrvstat). */
    private static String envFileModeFromTheDocs() throws IOException {
        Matcher m = ENV_INSTALL.matcher(Files.readString(Path.of("docs/operations.md")));
        assertThat(m.find()).as("docs/operations.md installs /etc/hrvstat/hrvstat.env").isTrue();
        assertThat(m.group(1)).isEqualTo("root");
        assertThat(m.group(2)).isEqualTo("hrvstat");
        return m.group(3);
    }

    /** The layout of the docs under the temporary root, the environment file with {@code mode}; returns the log. */
    private static Path install(String mode) throws Exception {
        Path opt = Files.createDirectories(root.resolve("opt/hrvstat"));
        Path launcher = opt.resolve("hrvstat");
        Files.writeString(launcher, "#!/bin/bash\necho \"hrvstat $* as $(id -un) with HRVSTAT_DB_URL=$HRVSTAT_DB_URL\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path etc = Files.createDirectories(root.resolve("etc/hrvstat"));
        Path env = etc.resolve("hrvstat.env");
        Files.writeString(env, "HRVSTAT_DB_URL=" + URL + "\nHRVSTAT_DB_PASSWORD='s3cr3t with space'\n");
        chown(etc, "root", user);
        Files.setPosixFilePermissions(etc, PosixFilePermissions.fromString("rwxr-x---"));
        chown(env, "root", user);
        run(List.of("chmod", mode, env.toString()));
        Path logs = Files.createDirectories(root.resolve("var/log/hrvstat"));
        chown(logs, user, user);
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-x---"));
        Path log = logs.resolve("annual.log");
        Files.deleteIfExists(log);
        return log;
    }

    /** The command of a job's line in the crontab, with its absolute paths moved under the temporary root. */
    private static String crontabLine(String job) throws IOException {
        for (String line : Files.readAllLines(Path.of("jobs/cron/hrvstat.crontab"), StandardCharsets.UTF_8)) {
            String[] fields = line.trim().split("\\s+", 7);
            if (!line.startsWith("#") && fields.length == 7 && fields[6].contains("schedule --now " + job + ";")) {
                assertThat(fields[5]).as("the crontab's user").isEqualTo("hrvstat");
                return fields[6].replace("/opt/hrvstat", root + "/opt/hrvstat")
                        .replace("/etc/hrvstat", root + "/etc/hrvstat").replace("/var/log/hrvstat", root + "/var/log/hrvstat");
            }
        }
        throw new AssertionError("no line for " + job + " in jobs/cron/hrvstat.crontab");
    }

    /** Runs a command line as cron does: the crontab's SHELL (/bin/bash), as the user, with cron's bare environment. */
    private static int runAsUser(String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/usr/sbin/runuser", "-u", user, "--", "/bin/bash", "-c", command);
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("SHELL", "/bin/bash");
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private static void chown(Path path, String owner, String group) throws IOException {
        UserPrincipalLookupService names = path.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(names.lookupPrincipalByName(owner));
        GroupPrincipal g = names.lookupPrincipalByGroupName(group);
        view.setGroup(g);
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
    }
}
