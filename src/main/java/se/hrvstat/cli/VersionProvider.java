package se.hrvstat.cli;

import picocli.CommandLine.IVersionProvider;
import se.hrvstat.batch.Version;
import se.hrvstat.result.ProgramVersion;

/**
 * {@code hrvstat --version}: the version the publications print ({@link Version#release()}, by the
 * rules of {@link ProgramVersion#of}): a release by its name ({@code hrvstat v2024.1}), a development
 * build by its commit as {@code git describe} gave it at build time ({@code hrvstat development build
 * 5451c0b-dirty}); never the Maven {@code -SNAPSHOT} version.
 */
public class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {line(Version.release())};
    }

    static String line(ProgramVersion version) {
        return "hrvstat " + (version.release() ? version.name() : "development build " + version.name());
    }
}
