package se.hrvstat.publish.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.JROrigin;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.type.BandTypeEnum;
import net.sf.jasperreports.engine.type.HyperlinkTypeEnum;
import net.sf.jasperreports.pdf.common.PdfTagger;

/**
 * Decides the structure role of every text and image on one printed page, from what the
 * templates already carry, so that the templates need no tagging markup beyond headings:
 *
 * <ul>
 * <li>page header, page footer and background bands are artifacts (page numbers, running
 * titles);</li>
 * <li>a text with the property {@code net.sf.jasperreports.export.pdf.tag.h1} .. {@code h6}
 * ({@code full} or {@code start}) is that heading;</li>
 * <li>an image (the charts) with a hyperlink tooltip is a Figure whose alternative text is the
 * tooltip; an image without one is decoration (artifact);</li>
 * <li>two or more texts of the same band side by side at the same height are one table row,
 * a header row when all of them are bold; an entry of a table of contents when all of them link
 * within the document (hyperlink type LocalAnchor or LocalPage);</li>
 * <li>any other text is running text; a single text directly before a row is marked so that
 * the tagger can keep it inside an open table (group labels such as the indicator name).</li>
 * </ul>
 */
final class PageRoles {

    private static final String[] HEADING_PROPERTIES = {PdfTagger.PROPERTY_TAG_H1, PdfTagger.PROPERTY_TAG_H2,
        PdfTagger.PROPERTY_TAG_H3, PdfTagger.PROPERTY_TAG_H4, PdfTagger.PROPERTY_TAG_H5, PdfTagger.PROPERTY_TAG_H6};

    /** Texts whose tops differ by at most this many points are on the same row. */
    private static final int SAME_ROW = 1;

    private final Map<JRPrintElement, Role> roles = new IdentityHashMap<>();

    private PageRoles() {
    }

    static PageRoles of(JRPrintPage page) {
        PageRoles result = new PageRoles();
        List<Placed> placed = new ArrayList<>();
        flatten(page.getElements(), 0, 0, placed);
        result.classify(placed);
        return result;
    }

    Role of(JRPrintElement element) {
        return roles.getOrDefault(element, Role.NONE);
    }

    /** A text or image with its position on the page (frame offsets added). */
    private record Placed(JRPrintElement element, int x, int y) {

        int right() {
            return x + element.getWidth();
        }
    }

    private static void flatten(List<JRPrintElement> elements, int dx, int dy, List<Placed> out) {
        if (elements == null) {
            return;
        }
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintFrame frame) {
                int left = frame.getLineBox().getLeftPadding() == null ? 0 : frame.getLineBox().getLeftPadding();
                int top = frame.getLineBox().getTopPadding() == null ? 0 : frame.getLineBox().getTopPadding();
                flatten(frame.getElements(), dx + e.getX() + left, dy + e.getY() + top, out);
            } else if (e instanceof JRPrintText || e instanceof JRPrintImage) {
                out.add(new Placed(e, dx + e.getX(), dy + e.getY()));
            }
        }
    }

    private void classify(List<Placed> placed) {
        List<Placed> row = new ArrayList<>();
        for (Placed p : placed) {
            Role fixed = fixedRole(p.element());
            if (fixed != null) {
                roles.put(p.element(), fixed);
                if (fixed.kind() != Role.Kind.ARTIFACT) {
                    flushRow(row);
                }
            } else {
                if (!row.isEmpty() && !continuesRow(row.get(row.size() - 1), p)) {
                    flushRow(row);
                }
                row.add(p);
            }
        }
        flushRow(row);
        markTextsBeforeRows(placed);
    }

    /** The role that does not depend on the neighbours, or null for a text that may be a cell. */
    private static Role fixedRole(JRPrintElement e) {
        if (isPageFurniture(e.getOrigin())) {
            return Role.ARTIFACT;
        }
        if (e instanceof JRPrintImage image) {
            String alt = image.getHyperlinkTooltip();
            return alt == null || alt.isBlank() ? Role.ARTIFACT : Role.figure(alt.strip());
        }
        int level = headingLevel(e);
        return level > 0 ? Role.heading(level) : null;
    }

    private static boolean isPageFurniture(JROrigin origin) {
        if (origin == null) {
            return false;
        }
        BandTypeEnum band = origin.getBandType();
        return band == BandTypeEnum.PAGE_HEADER || band == BandTypeEnum.PAGE_FOOTER
                || band == BandTypeEnum.LAST_PAGE_FOOTER || band == BandTypeEnum.BACKGROUND;
    }

    static int headingLevel(JRPrintElement e) {
        if (!e.hasProperties()) {
            return 0;
        }
        for (int i = 0; i < HEADING_PROPERTIES.length; i++) {
            String value = e.getPropertiesMap().getProperty(HEADING_PROPERTIES[i]);
            if ("full".equals(value) || "start".equals(value)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean continuesRow(Placed last, Placed next) {
        return Objects.equals(last.element().getOrigin(), next.element().getOrigin())
                && Math.abs(last.y() - next.y()) <= SAME_ROW
                && next.x() >= last.right() - SAME_ROW;
    }

    private void flushRow(List<Placed> row) {
        if (row.size() == 1) {
            Placed only = row.get(0);
            roles.put(only.element(), Role.text(only.x(), isBold(only.element()), false));
        } else if (row.size() > 1) {
            boolean toc = row.stream().allMatch(p -> isLocalLink(p.element()));
            boolean header = !toc && row.stream().allMatch(p -> isBold(p.element()));
            for (int i = 0; i < row.size(); i++) {
                roles.put(row.get(i).element(), Role.cell(header, i == 0, i == row.size() - 1, row.get(i).x(), toc));
            }
        }
        row.clear();
    }

    private static boolean isLocalLink(JRPrintElement e) {
        return e instanceof JRPrintText text && (text.getHyperlinkType() == HyperlinkTypeEnum.LOCAL_ANCHOR
                || text.getHyperlinkType() == HyperlinkTypeEnum.LOCAL_PAGE);
    }

    private static boolean isBold(JRPrintElement e) {
        return e instanceof JRPrintText text && text.isBold();
    }

    /** Backwards: a single text is "before a row" when the next content is a row or such a text. */
    private void markTextsBeforeRows(List<Placed> placed) {
        boolean nextIsRow = false;
        for (int i = placed.size() - 1; i >= 0; i--) {
            JRPrintElement e = placed.get(i).element();
            Role role = roles.get(e);
            switch (role.kind()) {
                case ARTIFACT, NONE -> { }
                case CELL -> nextIsRow = true;
                case TEXT -> {
                    if (nextIsRow) {
                        roles.put(e, Role.text(role.x(), role.header(), true));
                    }
                }
                default -> nextIsRow = false;
            }
        }
    }
}
