package se.hrvstat.publish;

import java.io.IOException;
import java.io.OutputStream;

import com.lowagie.text.pdf.PdfXConformanceException;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import se.hrvstat.publish.pdf.SrgbProfile;
import se.hrvstat.publish.pdf.TaggedPdf;

/**
 * PDF export shared by the report and the fact sheets, written for public-sector accessibility
 * (lagen om tillgänglighet till digital offentlig service; EN 301 549, WCAG 2.1) and archiving:
 *
 * <ul>
 * <li>document metadata (title, author, subject, keywords, creator), the title shown in the
 * viewer's window (DisplayDocTitle), document language sv-SE;</li>
 * <li>tagged PDF: a structure tree in reading order with headings, paragraphs, tables and
 * figures with alternative text, page headers and footers as artifacts. JasperReports 7.0.8
 * Community Edition has no tagger of its own (its {@code DefaultPdfTagger} throws
 * "export.pdf.tags.not.supported"); {@link TaggedPdf} registers ours, in a context of this
 * export only;</li>
 * <li>PDF/A-1a (ISO 19005-1, level A: tagged, Unicode text): PDF 1.4, XMP metadata with the
 * PDF/A identification, an sRGB output intent ({@link SrgbProfile}), no transparency. OpenPDF,
 * under JasperReports' {@code setPdfaConformance}, enforces the rules while writing; something
 * a template adds that PDF/A-1 forbids (e.g. a semi-transparent colour) stops the export with
 * OpenPDF's message rather than giving a non-conforming file. Checked with PDFBox preflight
 * (PDF/A-1b) in TaggedPdfTest. JasperReports' PDF/A-2 and -3 settings do nothing with OpenPDF
 * (only 1a and 1b reach the writer), so 1a it is;</li>
 * <li>fonts: the templates' DejaVu Sans, embedded by {@code jasperreports-fonts}.</li>
 * </ul>
 */
final class PdfExport {

    private PdfExport() {
    }

    static void export(JasperPrint print, OutputStream out, String title, String author, String subject,
                       String keywords) throws IOException {
        JRPdfExporter exporter = new JRPdfExporter(TaggedPdf.context(DefaultJasperReportsContext.getInstance()));
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setTagged(true);
        config.setTagLanguage("sv-SE");
        config.setPdfaConformance(PdfaConformanceEnum.PDFA_1A);
        config.setIccProfilePath(SrgbProfile.path());
        config.setMetadataTitle(title);
        config.setMetadataAuthor(author);
        config.setMetadataSubject(subject);
        config.setMetadataKeywords(keywords);
        config.setMetadataCreator("hrvstat");
        config.setDisplayMetadataTitle(true);
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IOException("could not write the PDF '" + title + "': " + e.getMessage(), e);
        } catch (RuntimeException e) {
            PdfXConformanceException pdfa = conformance(e);
            if (pdfa == null) {
                throw e;
            }
            throw new IOException("could not write the PDF '" + title + "' as PDF/A-1a: " + pdfa.getMessage(), e);
        }
    }

    private static PdfXConformanceException conformance(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PdfXConformanceException p) {
                return p;
            }
        }
        return null;
    }
}
