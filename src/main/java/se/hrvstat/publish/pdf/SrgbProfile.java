package se.hrvstat.publish.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sRGB ICC profile of the Java runtime written once per JVM to a temporary file, for the
 * PDF/A output intent (JasperReports reads the profile from a repository location, e.g. a path).
 */
public final class SrgbProfile {

    private static Path file;

    private SrgbProfile() {
    }

    /** The path of the profile file, made on first use and deleted when the JVM exits. */
    public static synchronized String path() {
        if (file == null) {
            try {
                Path tmp = Files.createTempFile("hrvstat-srgb-", ".icc");
                tmp.toFile().deleteOnExit();
                Files.write(tmp, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
                file = tmp;
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the sRGB ICC profile for PDF/A: " + e.getMessage(), e);
            }
        }
        return file.toString();
    }
}
