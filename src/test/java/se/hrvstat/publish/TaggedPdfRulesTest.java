package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The tagging rules of se.hrvstat.publish.pdf.PageRoles on a small template of their own
 * ({@code tagging-rules.jrxml}), so that they stay checked whatever the real templates look like.
 */
class TaggedPdfRulesTest {

    @Test
    void headings_contents_tables_group_rows_text_and_footers_get_their_tags() throws Exception {
        JasperReport template;
        try (InputStream in = getClass().getResourceAsStream("tagging-rules.jrxml")) {
            template = JasperCompileManager.compileReport(in);
        }
        List<Map<String, ?>> rows = List.of(Map.of("label", "Flickor", "value", "14,2"),
                Map.of("label", "Pojkar", "value", "10,5"));
        JasperPrint print = JasperFillManager.fillReport(template, new java.util.HashMap<>(), new JRMapCollectionDataSource(rows));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.export(print, out, "Regler", BundledTexts.TEXTS.get("publisher"), "Test", "test");
        String keep = System.getProperty("hrvstat.publish.keepRulesPdf");
        if (keep != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(keep), out.toByteArray());
        }

        List<String> tree;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            tree = outline(PdfStructureTree.read(doc).get(0), 0);
        }
        // document order of the template: heading, contents row (both cells link), running text,
        // bold header row, bold single text before rows (group row), detail rows, summary text;
        // the page footer is an artifact
        assertThat(tree).containsExactly(
                "Document",
                "  H1 Rubrik ett",
                "  TOC",
                "    TOCI",
                "      Reference Tabellen",
                "      Reference 1",
                "  P Löptext före tabellen.",
                "  Table",
                "    TR",
                "      TH",
                "        P Grupp",
                "      TH",
                "        P Andel",
                "    TR",
                "      TH",
                "        P Gruppens namn",
                "    TR",
                "      TD",
                "        P Flickor",
                "      TD",
                "        P 14,2",
                "    TR",
                "      TD",
                "        P Pojkar",
                "      TD",
                "        P 10,5",
                "  P Text efter tabellen.");
        // the contents row is a working link, and a link annotation is allowed in PDF/A-1
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getPage(0).getAnnotations()).extracting(a -> a.getSubtype()).containsExactly("Link", "Link");
        }
        java.io.File file = java.io.File.createTempFile("tagging-rules", ".pdf");
        try {
            java.nio.file.Files.write(file.toPath(), out.toByteArray());
            assertThat(PdfAPreflight.errors(file)).isEmpty();
        } finally {
            file.delete();
        }
    }

    private static List<String> outline(PdfStructureTree node, int depth) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("  ".repeat(depth) + node.type() + (node.text().isEmpty() ? "" : " " + node.text()));
        for (PdfStructureTree kid : node.kids()) {
            lines.addAll(outline(kid, depth + 1));
        }
        return lines;
    }
}
