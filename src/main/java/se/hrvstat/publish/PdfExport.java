package se.hrvstat.publish;

import java.io.IOException;
import java.io.OutputStream;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import se.hrvstat.publish.pdf.TaggedPdf;

/**
 * PDF export shared by the report and the fact sheets: document metadata (title, author,
 * subject, keywords, creator), the title shown in the viewer's window, language sv-SE. Fonts
 * are the templates' DejaVu Sans, embedded by {@code jasperreports-fonts}.
 *
 * <p>Tagging: JasperReports 7.0.8 Community Edition does not write a tagged PDF; the tagging
 * code moved to the commercial edition and {@code setTagged(true)} fails. The language is still
 * set ({@code setTagLanguage}).
 */
final class PdfExport {

    private PdfExport() {
    }

    static void export(JasperPrint print, OutputStream out, String title, String subject, String keywords)
            throws IOException {
        JRPdfExporter exporter = new JRPdfExporter(TaggedPdf.context(DefaultJasperReportsContext.getInstance()));
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setTagged(true);
        config.setTagLanguage("sv-SE");
        config.setMetadataTitle(title);
        config.setMetadataAuthor(ReportData.PUBLISHER);
        config.setMetadataSubject(subject);
        config.setMetadataKeywords(keywords);
        config.setMetadataCreator("hrvstat");
        config.setDisplayMetadataTitle(true);
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IOException("could not write the PDF '" + title + "': " + e.getMessage(), e);
        }
    }
}
