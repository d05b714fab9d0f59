package se.hrvstat.ingest.form;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A zip (an .xlsx) rewritten with one fixed time on every entry, so that the same content gives the same bytes. */
final class ReproducibleZip {

    private ReproducibleZip() {
    }

    /** The entries of {@code zip}, in the same order and with the same content, each dated {@code time}. */
    static byte[] withEntryTime(byte[] zip, OffsetDateTime time) throws IOException {
        long millis = time.toInstant().toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry dated = new ZipEntry(entry.getName());
                dated.setTime(millis);
                rewritten.putNextEntry(dated);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
