package se.hrvstat.publish.pdf;

import java.util.ArrayDeque;
import java.util.Deque;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.util.StyledTextListWriter;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfStructure;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;
import net.sf.jasperreports.pdf.common.PdfTagger;

/**
 * Writes the logical structure of a tagged PDF while JasperReports exports the pages: a Document
 * root with the language, headings, paragraphs, tables and figures with alternative text, and
 * page headers and footers as artifacts. JasperReports 7 Community Edition calls a
 * {@link PdfTagger} at every element, paragraph and image but ships only one that refuses
 * ({@code DefaultPdfTagger}: "export.pdf.tags.not.supported"); this is ours, registered by
 * {@link TaggedPdf}. The roles come from {@link PageRoles}, the table elements from
 * {@link TableTags}; the PDF objects are made by the OpenPDF producer's
 * {@code ClassicPdfStructure}.
 *
 * <p>Each paragraph is one leaf structure element holding one marked-content sequence: OpenPDF
 * stores a single MCID in a structure element's /K, so a leaf cannot hold two sequences.
 */
final class StructureTagger implements PdfTagger {

    /** The element being exported, and whether it is a one-cell group row of a table. */
    private record Current(Role role, boolean groupRow) {
    }

    private final PageFinder pages = new PageFinder();
    private final Deque<Current> elements = new ArrayDeque<>();
    private final StyledTextListWriter listWriter = new NoListWriter();
    private String language;
    private PdfProducer producer;
    private PdfStructure structure;
    private PdfStructureEntry document;
    private TableTags tables;
    private PageRoles roles;
    private boolean pageStarted;
    private boolean artifactOpen;

    @Override
    public void setLanguage(String language) {
        this.language = language;
    }

    @Override
    public void setPdfProducer(PdfProducer producer) {
        this.producer = producer;
        this.structure = producer.getPdfStructure();
    }

    @Override
    public void init() {
        document = structure.createDocumentTag(language);
        tables = new TableTags(structure, document);
    }

    @Override
    public void startPage() {
        pageStarted = true;
        roles = null;
    }

    @Override
    public void endPage() {
        pageStarted = false;
    }

    @Override
    public void startElement(JRPrintElement element) {
        if (pageStarted) {
            pageStarted = false;
            JRPrintPage page = pages.pageStartingWith(producer.getContext().getCurrentJasperPrint(), element);
            roles = page == null ? null : PageRoles.of(page);
        }
        Role role = roles == null ? fallbackRole(element) : roles.of(element);
        elements.push(new Current(role, open(role)));
    }

    @Override
    public void endElement(JRPrintElement element) {
        Current current = elements.pop();
        if (current.groupRow()) {
            tables.endGroupRow();
        } else if (current.role().kind() == Role.Kind.CELL) {
            tables.endCell(current.role());
        }
    }

    /** Opens the table parts the element belongs to; true for a one-cell group row. */
    private boolean open(Role role) {
        switch (role.kind()) {
            case CELL -> tables.startCell(role);
            case TEXT -> {
                if (role.beforeRow() && tables.takesGroupLabelAt(role.x())) {
                    tables.startGroupRow(role.header());
                    return true;
                }
                tables.close();
            }
            case HEADING, FIGURE -> tables.close();
            default -> { }
        }
        return false;
    }

    /** Used only if the page could not be found: headings and figures still get their tags. */
    private static Role fallbackRole(JRPrintElement element) {
        if (element instanceof JRPrintImage image && image.getHyperlinkTooltip() != null) {
            return Role.figure(image.getHyperlinkTooltip());
        }
        int level = PageRoles.headingLevel(element);
        if (level > 0) {
            return Role.heading(level);
        }
        return element instanceof JRPrintText ? Role.text(0, false, false) : Role.NONE;
    }

    @Override
    public void startText(JRPrintText text) {
        startText(text, null);
    }

    @Override
    public void startText(JRPrintText text, String actualText) {
        Current current = elements.peek();
        Role role = current == null ? Role.text(0, false, false) : current.role();
        if (role.kind() == Role.Kind.ARTIFACT) {
            structure.beginArtifact();
            artifactOpen = true;
            return;
        }
        boolean inCell = current.groupRow() || role.kind() == Role.Kind.CELL;
        PdfStructureEntry parent = inCell ? tables.cell() : document;
        String type = role.kind() == Role.Kind.HEADING ? "H" + role.level() : inCell ? tables.paragraphType() : "P";
        if (actualText == null) {
            structure.beginTag(parent, type);
        } else {
            structure.beginTag(parent, type, actualText);
        }
    }

    @Override
    public void endText() {
        if (artifactOpen) {
            structure.endArtifact();
            artifactOpen = false;
        } else {
            structure.endTag();
        }
    }

    @Override
    public void startImage(JRPrintImage image, float left, float bottom, float right, float top) {
        Current current = elements.peek();
        if (current == null || current.role().kind() != Role.Kind.FIGURE) {
            structure.beginArtifact();
            artifactOpen = true;
            return;
        }
        PdfStructureEntry figure = structure.beginTag(document, "Figure");
        putUnicode(figure, PdfName.ALT, current.role().alt());
        figure.setBBox(left, bottom, right, top);
    }

    @Override
    public void endImage() {
        endText();
    }

    /** /Alt as a text string in UTF-16 when it is not PDFDocEncoding (PDF 7.9.2.2). */
    private static void putUnicode(PdfStructureEntry entry, PdfName key, String value) {
        if (entry instanceof ClassicStructureEntry classic) {
            classic.getElement().put(key, new PdfString(value, PdfObject.TEXT_UNICODE));
        } else {
            entry.putString(key.toString().substring(1), value);
        }
    }

    @Override
    public void beginArtifact() {
        structure.beginArtifact();
    }

    @Override
    public void endArtifact() {
        structure.endArtifact();
    }

    @Override
    public boolean isFirstLinkParagraph() {
        return false;
    }

    @Override
    public PdfStructureEntry getCurrentLinkTag() {
        return null;
    }

    @Override
    public StyledTextListWriter getListWriter() {
        return listWriter;
    }
}
