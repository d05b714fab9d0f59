package se.hrvstat.publish.pdf;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.common.PdfTagger;
import net.sf.jasperreports.pdf.common.PdfTaggerFactory;

/**
 * Registers {@link StructureTagger} with a JasperReports PDF export. JRPdfExporter, when the
 * configuration says {@code tagged}, asks the context's property
 * {@value #TAGGER_FACTORY_PROPERTY} for a {@link PdfTaggerFactory} class (instantiated once per
 * JVM by name, hence public with a no-argument constructor); without it JasperReports 7 CE fails
 * with "export.pdf.tags.not.supported".
 */
public final class TaggedPdf implements PdfTaggerFactory {

    /** JRPdfExporter.getPdfTaggerFactory reads this property (JasperReports 7.0.8). */
    public static final String TAGGER_FACTORY_PROPERTY = "net.sf.jasperreports.export.pdf.tagger.factory";

    /** A context like the default one with our tagger registered (the default stays untouched). */
    public static JasperReportsContext context(JasperReportsContext parent) {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(parent);
        context.setProperty(TAGGER_FACTORY_PROPERTY, TaggedPdf.class.getName());
        return context;
    }

    @Override
    public PdfTagger createTagger(JRPdfExporter exporter) {
        return new StructureTagger();
    }
}
