package se.hrvstat.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgramVersionTest {

    @Test
    void the_environment_names_a_release_before_anything_else() {
        assertThat(ProgramVersion.of(" 2024.1 ", "0.1.0-SNAPSHOT", "5451c0b-dirty"))
                .isEqualTo(new ProgramVersion("2024.1", true));
    }

    @Test
    void a_commit_that_is_tagged_is_the_release_of_its_tag() {
        assertThat(ProgramVersion.of(null, "0.1.0-SNAPSHOT", "v2024.1")).isEqualTo(new ProgramVersion("v2024.1", true));
    }

    @Test
    void a_commit_after_a_tag_is_a_development_build() {
        assertThat(ProgramVersion.of("", "0.1.0-SNAPSHOT", "v2024.1-3-g5451c0b"))
                .isEqualTo(new ProgramVersion("v2024.1-3-g5451c0b", false));
    }

    @Test
    void a_snapshot_without_a_tag_is_a_development_build_named_by_its_commit() {
        assertThat(ProgramVersion.of(null, "0.1.0-SNAPSHOT", "5451c0b")).isEqualTo(new ProgramVersion("5451c0b", false));
    }

    @Test
    void a_tag_on_a_dirty_work_tree_is_not_a_release() {
        assertThat(ProgramVersion.of(null, "1.0.0", "v1.0.0-dirty")).isEqualTo(new ProgramVersion("v1.0.0-dirty", false));
    }

    @Test
    void a_version_without_snapshot_is_a_release_when_the_work_tree_was_clean() {
        assertThat(ProgramVersion.of(null, "1.2.0", "5451c0b")).isEqualTo(new ProgramVersion("1.2.0", true));
        assertThat(ProgramVersion.of(null, "1.2.0", null)).isEqualTo(new ProgramVersion("1.2.0", true));
    }

    @Test
    void without_git_and_with_a_snapshot_the_commit_is_unknown_and_snapshot_is_never_the_name() {
        ProgramVersion v = ProgramVersion.of(null, "0.1.0-SNAPSHOT", "");
        assertThat(v.release()).isFalse();
        assertThat(v.name()).isEqualTo(ProgramVersion.UNKNOWN_COMMIT).doesNotContain("SNAPSHOT");
    }
}
