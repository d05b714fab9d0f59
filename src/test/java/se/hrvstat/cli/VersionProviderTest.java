package se.hrvstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.hrvstat.batch.Version;
import se.hrvstat.result.ProgramVersion;

class VersionProviderTest {

    @Test
    void aReleaseIsPrintedByItsName() {
        assertThat(VersionProvider.line(ProgramVersion.of(null, "0.1.0-SNAPSHOT", "v2024.1"))).isEqualTo("hrvstat v2024.1");
    }

    @Test
    void aDevelopmentBuildIsPrintedByItsCommitNeverAsSnapshot() {
        assertThat(VersionProvider.line(ProgramVersion.of(null, "0.1.0-SNAPSHOT", "5451c0b-dirty")))
                .isEqualTo("hrvstat development build 5451c0b-dirty");
    }

    @Test
    void versionOptionPrintsTheVersionThePublicationsPrint() {
        assertThat(new VersionProvider().getVersion()).containsExactly(VersionProvider.line(Version.release()));
        assertThat(new VersionProvider().getVersion()[0]).doesNotContain("SNAPSHOT");
    }
}
