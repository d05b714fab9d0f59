package se.hrvstat.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import se.hrvstat.result.ProgramVersion;

/**
 * The software version: {@link #current()} is the Maven project version (from the jar's manifest,
 * or "development" when run from classes); {@link #release()} is the version the publications
 * print, by the rules of {@link ProgramVersion#of}: {@code HRVSTAT_RELEASE} from the environment,
 * else {@code git describe} captured at build time ({@code hrvstat-git-describe.txt}, pom.xml) or,
 * when the build had no git, asked of git at run time in the working directory.
 */
public final class Version {
    static final String RELEASE_VARIABLE = "HRVSTAT_RELEASE";
    private static final String DESCRIBE_RESOURCE = "/hrvstat-git-describe.txt";
    private static final String BUILD_RESOURCE = "/hrvstat-build.properties";

    private Version() {
    }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** The version the publications print: a release, or a development build named by its commit. */
    public static ProgramVersion release() {
        String describe = resource(DESCRIBE_RESOURCE);
        if (describe.isBlank()) {
            describe = describeAtRunTime();
        }
        String project = buildProperty("project.version");
        return ProgramVersion.of(System.getenv(RELEASE_VARIABLE), project.isBlank() ? current() : project, describe);
    }

    private static String buildProperty(String key) {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(BUILD_RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "";
        }
        String value = p.getProperty(key, "");
        return value.startsWith("@") ? "" : value; // not filtered: run from unfiltered sources
    }

    private static String resource(String name) {
        try (InputStream in = Version.class.getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** {@code git describe} in the working directory, or empty when there is no git or no repository. */
    private static String describeAtRunTime() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--tags", "--always", "--dirty", "--abbrev=7")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            git.getOutputStream().close();
            if (!git.waitFor(3, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return "";
            }
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
