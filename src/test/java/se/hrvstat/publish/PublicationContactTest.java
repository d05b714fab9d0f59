package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publication's contact: the organisation, and its address once the operator has set one. */
class PublicationContactTest {
    @TempDir
    Path templates;

    private Texts texts(String address) throws IOException {
        Files.writeString(templates.resolve(Texts.FILE), "contact.organisation=Centrum, Länsstyrelsen\n"
                + (address == null ? "" : "contact.address=" + address + "\n") + "contact.with.address=%s, %s\n");
        return Texts.load(templates);
    }

    @Test
    void withoutAnAddressTheOrganisationStandsAlone() throws IOException {
        assertThat(PublicationContact.of(texts(""))).isEqualTo("Centrum, Länsstyrelsen");
        assertThat(PublicationContact.of(texts("   "))).isEqualTo("Centrum, Länsstyrelsen");
        assertThat(PublicationContact.of(texts(null))).isEqualTo("Centrum, Länsstyrelsen");
    }

    @Test
    void anAddressFollowsTheOrganisation() throws IOException {
        assertThat(PublicationContact.of(texts("statistik@example.se"))).isEqualTo("Centrum, Länsstyrelsen, statistik@example.se");
    }

    @Test
    void theShippedSettingIsTheOrganisationWithoutAnyPlaceholder() {
        String contact = PublicationContact.of(BundledTexts.TEXTS);
        assertThat(contact).isEqualTo("Nationellt centrum mot hedersrelaterat våld och förtryck, Länsstyrelsen Östergötland");
    }
}
