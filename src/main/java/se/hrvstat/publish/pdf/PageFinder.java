package se.hrvstat.publish.pdf;

import java.util.List;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Finds the printed page being exported. The exporter tells the tagger that a page starts but
 * not which one; the first element written on it identifies it. Pages are searched from the one
 * after the last found, so a whole report costs one pass.
 */
final class PageFinder {

    private JasperPrint print;
    private int next;

    /** The page of {@code print} whose top-level elements include {@code first}, or null. */
    JRPrintPage pageStartingWith(JasperPrint current, JRPrintElement first) {
        if (current != print) {
            print = current;
            next = 0;
        }
        List<JRPrintPage> pages = print.getPages();
        for (int i = next; i < pages.size(); i++) {
            if (containsSame(pages.get(i).getElements(), first)) {
                next = i + 1;
                return pages.get(i);
            }
        }
        return null;
    }

    private static boolean containsSame(List<JRPrintElement> elements, JRPrintElement wanted) {
        for (JRPrintElement e : elements) {
            if (e == wanted) {
                return true;
            }
        }
        return false;
    }
}
