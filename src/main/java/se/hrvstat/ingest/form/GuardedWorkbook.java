package se.hrvstat.ingest.form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens a form file sent in from outside, which may be hostile: at most {@value #MAX_FILE_BYTES}
 * bytes on disk, POI's zip-bomb check with a minimum inflate ratio of at least
 * {@value #MIN_INFLATE_RATIO}, and at most {@value #MAX_ENTRY_BYTES} bytes per unpacked zip entry.
 * A file it refuses gives a {@link FormReadException} naming the file, with POI's reason put into
 * words for the person who sent it.
 */
final class GuardedWorkbook {

    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;

    private GuardedWorkbook() {
    }

    /** Opens {@code file} read-only behind the guards and gives its workbook to {@code reader}; the file is not changed. */
    static <T> T read(Path file, Function<Workbook, T> reader) {
        refuseLargeFile(file);
        limitUnpacking();
        OPCPackage pkg = openPackage(file);
        try {
            return reader.apply(openWorkbook(file, pkg));
        } finally {
            pkg.revert();
        }
    }

    private static void refuseLargeFile(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw refused(file, "file is " + size + " bytes, more than the limit of " + MAX_FILE_BYTES, null);
            }
        } catch (IOException e) {
            throw refused(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Tightens POI's process-wide zip limits to ours (never loosens them). */
    private static void limitUnpacking() {
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
    }

    private static OPCPackage openPackage(Path file) {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw refused(file, "not a readable Excel (.xlsx) file: " + reason(e), e);
        }
    }

    private static Workbook openWorkbook(Path file, OPCPackage pkg) {
        try {
            return new XSSFWorkbook(pkg);
        } catch (Exception e) {
            throw refused(file, "not a readable Excel (.xlsx) workbook: " + reason(e), e);
        }
    }

    private static FormReadException refused(Path file, String problem, Throwable cause) {
        return new FormReadException(file, null, null, problem, cause);
    }

    /** Why POI refused a file, in words for the person who sent it (no exception class names). */
    static String reason(Throwable e) {
        String all = allMessages(e);
        if (all.contains("Zip bomb") || all.contains("exceeds the max. entry size") || all.contains("max entry size")) {
            return "it would unpack to far more than its size (a zip bomb?), so it was refused without unpacking it";
        }
        if (saysEmpty(all)) {
            return "the file is empty (0 bytes)";
        }
        String cleaned = withoutClassNames(deepestMessage(e));
        return (cleaned.isEmpty() ? "" : cleaned + "; ") + "is it cut off, or not an Excel file at all?";
    }

    private static String allMessages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        return all.toString();
    }

    private static boolean saysEmpty(String text) {
        return text.contains("zero length") || text.contains("zero bytes") || text.contains("0 bytes") || text.contains("is empty");
    }

    /** The message of the deepest cause that has one (the closest to what went wrong). */
    private static String deepestMessage(Throwable e) {
        String deepest = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                deepest = t.getMessage();
            }
        }
        return deepest;
    }

    private static String withoutClassNames(String message) {
        return message == null ? "" : message.replaceAll("(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):?\\s*", "").strip();
    }
}
