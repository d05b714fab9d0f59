package se.hrvstat.publish.pdf;

import net.sf.jasperreports.engine.util.StyledTextListWriter;

/** The templates have no HTML lists; list items are written as the surrounding text's tags. */
final class NoListWriter implements StyledTextListWriter {

    @Override
    public void startUl() {
    }

    @Override
    public void endUl() {
    }

    @Override
    public void startOl(String type, int cutStart) {
    }

    @Override
    public void endOl() {
    }

    @Override
    public void startLi(boolean noBullet) {
    }

    @Override
    public void endLi() {
    }
}
