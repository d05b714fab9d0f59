package se.hrvstat.cli;

import picocli.CommandLine.IVersionProvider;
import se.hrvstat.batch.Version;

/** {@code hrvstat --version}. */
public class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"hrvstat " + Version.current()};
    }
}
