package se.hrvstat.publish;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;

/** PDFBox preflight (PDF/A-1b) for tests: the errors of a file, one line each. */
final class PdfAPreflight {

    private PdfAPreflight() {
    }

    /**
     * The preflight errors of {@code pdf}, leaving out one false alarm: OpenPDF writes the
     * destination of an internal link (a GoTo action's /D) as an indirect reference to the
     * destination array, which PDF allows (ISO 32000-1, 7.3.10: any object may be indirect;
     * ISO 19005-1 adds nothing for /D), while preflight 3.0.8 reports "1.2.3 Destination type
     * entry COSObject is invalid" for it (checked by hand: the object is the explicit destination
     * {@code [page /XYZ x y 0]}, reached through the /Dests name tree as well).
     */
    static List<String> errors(File pdf) throws IOException {
        ValidationResult result = PreflightParser.validate(pdf);
        return result.getErrorsList().stream()
                .map(e -> e.getErrorCode() + " " + e.getDetails())
                .filter(e -> !e.equals("1.2.3 Body Syntax error, Destination type entry COSObject is invalid"))
                .toList();
    }
}
