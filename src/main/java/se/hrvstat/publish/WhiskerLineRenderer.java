package se.hrvstat.publish;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;

/**
 * A line renderer that draws each point's confidence interval as a vertical line with short caps,
 * in the series' colour, from a map keyed {@code series|category} (as {@link WhiskerBarRenderer});
 * the intervals need not be symmetric. Points of different series at the same wave are set a
 * little apart (series offset within the category; {@link TrendChartCustomizer} keeps the categories
 * narrow) so that their intervals do not hide each other.
 */
final class WhiskerLineRenderer extends LineAndShapeRenderer {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, double[]> intervals;
    private final double cap;

    WhiskerLineRenderer(Map<String, double[]> intervals) {
        this(intervals, 2.5);
    }

    /** With caps of half-width {@code cap} points (0: no caps, for charts of many narrow categories). */
    WhiskerLineRenderer(Map<String, double[]> intervals, double cap) {
        super(true, true);
        this.intervals = intervals;
        this.cap = cap;
        setUseSeriesOffset(true);
        setItemMargin(0.0);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        if (pass != 1 || dataset.getValue(row, column) == null) { // once, with the shapes
            return;
        }
        double[] ci = intervals.get(dataset.getRowKey(row) + "|" + dataset.getColumnKey(column));
        if (ci == null || Double.isNaN(ci[0]) || Double.isNaN(ci[1])) {
            return;
        }
        int visible = state.getVisibleSeriesCount() >= 0 ? state.getVisibleSeriesCount() : dataset.getRowCount();
        int index = state.getVisibleSeriesIndex(row) >= 0 ? state.getVisibleSeriesIndex(row) : row;
        double x = domainAxis.getCategorySeriesMiddle(column, dataset.getColumnCount(), index, visible, getItemMargin(),
                dataArea, plot.getDomainAxisEdge());
        double lo = rangeAxis.valueToJava2D(ci[0], dataArea, plot.getRangeAxisEdge());
        double hi = rangeAxis.valueToJava2D(ci[1], dataArea, plot.getRangeAxisEdge());
        Paint paint = getItemPaint(row, column);
        g2.setPaint(paint);
        g2.setStroke(new BasicStroke(0.8f));
        g2.draw(new Line2D.Double(x, lo, x, hi));
        if (cap > 0) {
            g2.draw(new Line2D.Double(x - cap, lo, x + cap, lo));
            g2.draw(new Line2D.Double(x - cap, hi, x + cap, hi));
        }
    }
}
