package se.hrvstat.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sf.jasperreports.engine.JRPrintAnchor;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The table of contents of the annual report, read from a filled report: every printed element
 * with an anchor name and a bookmark level (the headings of {@code annual-report.jrxml} and its
 * subreports, which also make the PDF outline), with the page it landed on.
 *
 * <p>JasperReports knows a heading's page only after filling, so {@link PdfReportWriter} fills
 * twice: the first fill has an empty contents page, the second prints the pages found in the
 * first; it fills again while the pages found differ from those printed (a contents list longer
 * than a page would move everything after it).
 */
final class TableOfContents {

    /** One heading: bookmark level (1 chapter, 2 section, 3 subsection), its text and 1-based page. */
    record Entry(int level, String label, int page) {
    }

    private TableOfContents() {
    }

    /** The headings of {@code print} in reading order; an anchor name seen twice counts once (its first page). */
    static List<Entry> entries(JasperPrint print) {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JRPrintPage> pages = print.getPages();
        for (int p = 0; p < pages.size(); p++) {
            collect(pages.get(p).getElements(), p + 1, entries, seen);
        }
        return entries;
    }

    private static void collect(List<JRPrintElement> elements, int page, List<Entry> entries, Set<String> seen) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintAnchor a && a.getAnchorName() != null && !a.getAnchorName().isBlank()
                    && a.getBookmarkLevel() > 0 && seen.add(a.getAnchorName())) {
                entries.add(new Entry(a.getBookmarkLevel(), a.getAnchorName(), page));
            }
            if (e instanceof JRPrintFrame f) {
                collect(f.getElements(), page, entries, seen);
            }
        }
    }

    /** Records for {@code table-of-contents.jrxml}: level, label, anchor (the link target) and page as text. */
    static List<Map<String, ?>> records(List<Entry> entries) {
        return entries.stream()
                .<Map<String, ?>>map(e -> Map.of("level", e.level(), "label", e.label(), "anchor", e.label(),
                        "page", Integer.toString(e.page())))
                .toList();
    }
}
