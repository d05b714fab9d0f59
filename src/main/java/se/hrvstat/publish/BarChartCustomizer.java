package se.hrvstat.publish;

import java.awt.BasicStroke;
import java.awt.Color;

import java.util.Map;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * Readable bar charts for the annual report: full indicator labels (up to three lines, up to
 * 40 % of the width), a 0–100 % scale when values are large, flat bars, light solid grid lines
 * and Swedish tick labels; when the report passes {@value #INTERVALS_PARAMETER}, each bar gets
 * its confidence interval as a whisker ({@link WhiskerBarRenderer}); value labels are then left
 * out (they would collide with the whiskers; the figures are in table 1). Named in the templates as {@code customizerClass}.
 */
public class BarChartCustomizer extends JRAbstractChartCustomizer {

    /** Report parameter with the intervals in percent, keyed {@code series|category}: {@code double[]{low, high}}. */
    public static final String INTERVALS_PARAMETER = "CHART_INTERVALS";

    @Override
    @SuppressWarnings("unchecked")
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setMaximumCategoryLabelLines(3);
        categories.setCategoryMargin(0.25);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        if (plot.getRangeAxis() instanceof NumberAxis values) {
            PercentAxis.apply(values);
            values.setUpperMargin(0.08);
        }
        Object intervals = filler == null ? null : getParameterValue(INTERVALS_PARAMETER, true);
        if (intervals instanceof Map<?, ?> map && plot.getDataset() != null && plot.getRenderer() instanceof BarRenderer old) {
            WhiskerBarRenderer whiskers = new WhiskerBarRenderer((Map<String, double[]>) map);
            for (int i = 0; i < plot.getDataset().getRowCount(); i++) {
                if (old.getSeriesPaint(i) != null) {
                    whiskers.setSeriesPaint(i, old.getSeriesPaint(i));
                }
            }
            // no value labels: they would collide with the whiskers; the figures are in table 1
            whiskers.setDefaultItemLabelsVisible(false);
            plot.setRenderer(whiskers);
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setItemMargin(0.05);
            bars.setMaximumBarWidth(0.08);
        }
    }
}
