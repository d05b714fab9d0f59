package se.hrvstat.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

/**
 * A bar renderer that draws each bar's confidence interval as a whisker (a line from the lower to
 * the upper limit with short end caps), from a map keyed {@code series|category}. Intervals need
 * not be symmetric (logit and Korn–Graubard intervals are not), which JFreeChart's
 * {@code StatisticalBarRenderer} (mean ± standard deviation) cannot show.
 */
final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, double[]> intervals;

    WhiskerBarRenderer(Map<String, double[]> intervals) {
        this.intervals = intervals;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        if (pass != getPassCount() - 1 || dataset.getValue(row, column) == null) { // after the bar (1 pass in JFreeChart 1.5)
            return;
        }
        double[] ci = intervals.get(dataset.getRowKey(row) + "|" + dataset.getColumnKey(column));
        if (ci == null || Double.isNaN(ci[0]) || Double.isNaN(ci[1])) {
            return;
        }
        PlotOrientation orientation = plot.getOrientation();
        double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column);
        double width = state.getBarWidth();
        double mid = w0 + width / 2;
        double cap = Math.min(width * 0.35, 4);
        double lo = rangeAxis.valueToJava2D(ci[0], dataArea, plot.getRangeAxisEdge());
        double hi = rangeAxis.valueToJava2D(ci[1], dataArea, plot.getRangeAxisEdge());
        g2.setPaint(new Color(0x222222));
        g2.setStroke(new BasicStroke(0.8f));
        if (orientation == PlotOrientation.HORIZONTAL) {
            g2.draw(new Line2D.Double(lo, mid, hi, mid));
            g2.draw(new Line2D.Double(lo, mid - cap, lo, mid + cap));
            g2.draw(new Line2D.Double(hi, mid - cap, hi, mid + cap));
        } else {
            g2.draw(new Line2D.Double(mid, lo, mid, hi));
            g2.draw(new Line2D.Double(mid - cap, lo, mid + cap, lo));
            g2.draw(new Line2D.Double(mid - cap, hi, mid + cap, hi));
        }
    }
}
