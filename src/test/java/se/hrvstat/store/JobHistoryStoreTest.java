package se.hrvstat.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The history is read without creating a store (issue 15, item 4; moved from cli.HistoryTest). */
class JobHistoryStoreTest {
    @Test
    void anEmbeddedStoreIsOpenedOnlyIfItExistsAndOtherStoresAsNamed() {
        assertThat(JobHistoryStore.ifExists("jdbc:h2:file:./hrvstat-data/hrvstat;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:./hrvstat-data/hrvstat;AUTO_SERVER=TRUE;IFEXISTS=TRUE");
        assertThat(JobHistoryStore.ifExists("jdbc:postgresql://localhost:5432/hrvstat")).isEqualTo("jdbc:postgresql://localhost:5432/hrvstat");
        assertThat(JobHistoryStore.ifExists("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
    }
}
