package se.hrvstat.publish;

import java.util.List;
import java.util.Map;

/**
 * Whom a reader asks about the statistics, one setting for every publication: the PX files'
 * {@code CONTACT}, the web edition's accessibility statement and the method chapter (under
 * {@code block.<id>=contact} in {@code kvalitetsdeklaration.properties}). It is
 * {@code contact.organisation} in {@code texts.properties}, followed by {@code contact.address}
 * (as {@code contact.with.address}) when the operator has set one; with no address the
 * organisation stands alone.
 */
public final class PublicationContact {
    /** The method chapter's block that prints the contact ({@code block.<id>=contact}). */
    static final String BLOCK = "contact";

    private PublicationContact() {
    }

    /** "Organisation" or "Organisation, address". */
    public static String of(Texts texts) {
        String organisation = texts.get("contact.organisation").strip();
        String address = texts.find("contact.address").map(String::strip).orElse("");
        return address.isEmpty() ? organisation : texts.get("contact.with.address", organisation, address);
    }

    /** The method chapter's record of the contact: {@code contact.label} and the contact. */
    static List<Map<String, ?>> records(Texts texts) {
        return List.of(Map.of("key", texts.get("contact.label"), "value", of(texts)));
    }
}
