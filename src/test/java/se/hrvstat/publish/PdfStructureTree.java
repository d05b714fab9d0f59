package se.hrvstat.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The logical structure of a tagged PDF read back with PDFBox, for tests: each structure
 * element with its type, /Alt, attributes and the text of its marked content (found through
 * the MCIDs of its page, as a screen reader does).
 */
record PdfStructureTree(String type, String alt, String text, List<PdfStructureTree> kids) {

    static List<PdfStructureTree> read(PDDocument doc) throws IOException {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return List.of();
        }
        Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
        for (PDPage page : doc.getPages()) {
            texts.put(page, markedTexts(page));
        }
        List<PdfStructureTree> result = new ArrayList<>();
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement e) {
                result.add(of(e, null, texts));
            }
        }
        return result;
    }

    private static Map<Integer, String> markedTexts(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> byMcid = new HashMap<>();
        for (PDMarkedContent mc : extractor.getMarkedContents()) {
            collect(mc, byMcid);
        }
        return byMcid;
    }

    private static void collect(PDMarkedContent mc, Map<Integer, String> byMcid) {
        StringBuilder text = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                text.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                collect(inner, byMcid);
            }
        }
        if (mc.getMCID() >= 0) {
            byMcid.merge(mc.getMCID(), text.toString(), String::concat);
        }
    }

    private static PdfStructureTree of(PDStructureElement e, PDPage inherited, Map<PDPage, Map<Integer, String>> texts) {
        PDPage page = e.getPage() != null ? e.getPage() : inherited;
        StringBuilder text = new StringBuilder();
        List<PdfStructureTree> kids = new ArrayList<>();
        for (Object kid : e.getKids()) {
            if (kid instanceof Integer mcid && page != null) {
                text.append(texts.getOrDefault(page, Map.of()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDStructureElement child) {
                kids.add(of(child, page, texts));
            }
        }
        return new PdfStructureTree(e.getStructureType(), e.getAlternateDescription(), text.toString(), kids);
    }

    /** This element and all below it, depth first (document order). */
    List<PdfStructureTree> all() {
        List<PdfStructureTree> out = new ArrayList<>();
        out.add(this);
        for (PdfStructureTree kid : kids) {
            out.addAll(kid.all());
        }
        return out;
    }

    static List<PdfStructureTree> all(List<PdfStructureTree> roots, Predicate<PdfStructureTree> which) {
        return roots.stream().flatMap(r -> r.all().stream()).filter(which).toList();
    }

    /** The text of this element and everything below it. */
    String fullText() {
        StringBuilder b = new StringBuilder(text);
        kids.forEach(k -> b.append(k.fullText()));
        return b.toString();
    }

    /** Text without any white space (line breaks inside a cell drop the space between words). */
    static String squash(String s) {
        return s.replaceAll("[\\s\\u00A0]", "");
    }
}
