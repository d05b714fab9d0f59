package se.hrvstat.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;

/**
 * The trend figure's panels: each point with its confidence interval ({@link WhiskerLineRenderer},
 * intervals from the report parameter {@value #INTERVALS_PARAMETER}), a scale from 0 that fits the
 * panel's own indicators with room above the highest interval (so no line runs above the last
 * gridline), whole-number Swedish tick labels and light grid lines. Named in the templates as
 * {@code customizerClass}.
 */
public class TrendChartCustomizer extends JRAbstractChartCustomizer {

    /** Report parameter with the intervals in percent, keyed {@code indicator label|wave}: {@code double[]{low, high}}. */
    public static final String INTERVALS_PARAMETER = "TREND_INTERVALS";

    @Override
    @SuppressWarnings("unchecked")
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        // false: the main dataset's parameter (the chart itself reads the subdataset "trend")
        Object intervals = filler == null ? null : getParameterValue(INTERVALS_PARAMETER, false);
        Map<String, double[]> byPoint = intervals instanceof Map<?, ?> m ? (Map<String, double[]>) m : Map.of();
        CategoryItemRenderer old = plot.getRenderer();
        WhiskerLineRenderer lines = new WhiskerLineRenderer(byPoint);
        if (plot.getDataset() != null && old != null) {
            for (int i = 0; i < plot.getDataset().getRowCount(); i++) {
                if (old.getSeriesPaint(i) != null) {
                    lines.setSeriesPaint(i, old.getSeriesPaint(i));
                }
                if (old.getSeriesShape(i) != null) {
                    lines.setSeriesShape(i, old.getSeriesShape(i));
                }
            }
        }
        plot.setRenderer(lines);
        // narrow categories: the series' points of a wave stay close to the wave's label
        plot.getDomainAxis().setCategoryMargin(0.75);
        plot.getDomainAxis().setLowerMargin(0.05);
        plot.getDomainAxis().setUpperMargin(0.05);
        if (plot.getRangeAxis() instanceof NumberAxis values) {
            PercentAxis.apply(values);
            double top = highest(plot, byPoint);
            if (top > 0) {
                values.setUpperBound(niceCeiling(top * 1.08));
            }
        }
    }

    /** The highest value or upper interval limit of the panel's points. */
    private static double highest(CategoryPlot plot, Map<String, double[]> intervals) {
        double top = 0;
        if (plot.getDataset() == null) {
            return top;
        }
        for (int r = 0; r < plot.getDataset().getRowCount(); r++) {
            for (int c = 0; c < plot.getDataset().getColumnCount(); c++) {
                Number v = plot.getDataset().getValue(r, c);
                if (v != null) {
                    top = Math.max(top, v.doubleValue());
                }
                double[] ci = intervals.get(plot.getDataset().getRowKey(r) + "|" + plot.getDataset().getColumnKey(c));
                if (ci != null && !Double.isNaN(ci[1])) {
                    top = Math.max(top, ci[1]);
                }
            }
        }
        return top;
    }

    /** The next multiple of 5 (10 above 50): a gridline at the top of the scale. */
    static double niceCeiling(double value) {
        double step = value > 50 ? 10 : 5;
        return Math.min(100, Math.ceil(value / step) * step);
    }
}
