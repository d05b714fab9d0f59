package se.hrvstat.publish;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.Map;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * A panel of the small-area chapter's figure ({@link SmallAreaChapter}): one point per
 * municipality (categories ordered by county, then estimate), each with its interval as a thin
 * vertical line without caps ({@link WhiskerLineRenderer}), no lines between the points, no
 * category labels, and a mark with the county's letter where each county begins. The intervals
 * ({@code series|kommunkod} to percent) and the county starts (kommunkod to letter) are the
 * record's fields {@code intervals} and {@code countyStarts}; the series named by the field
 * {@code directSeries} (municipalities shown with their own estimate) is orange, the other purple. Named in the template as
 * {@code customizerClass}.
 */
public class SmallAreaChartCustomizer extends JRAbstractChartCustomizer {

    static final Color MODELLED = new Color(0x4A1942);
    static final Color DIRECT = new Color(0xE8A33D);

    @Override
    @SuppressWarnings("unchecked")
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        Object intervals = filler == null ? null : getFieldValue("intervals", false);
        Object starts = filler == null ? null : getFieldValue("countyStarts", false);
        Map<String, double[]> byPoint = intervals instanceof Map<?, ?> m ? (Map<String, double[]>) m : Map.of();
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        WhiskerLineRenderer points = new WhiskerLineRenderer(byPoint, 0);
        points.setDefaultLinesVisible(false);
        Object direct = filler == null ? null : getFieldValue("directSeries", false);
        for (int i = 0; plot.getDataset() != null && i < plot.getDataset().getRowCount(); i++) {
            // the colour by series, not by order: a panel whose first municipality is direct lists that series first
            boolean isDirect = plot.getDataset().getRowKey(i).equals(direct);
            points.setSeriesPaint(i, isDirect ? DIRECT : MODELLED);
            points.setSeriesShape(i, new Ellipse2D.Double(-1.3, -1.3, 2.6, 2.6));
            points.setSeriesLinesVisible(i, false);
        }
        plot.setRenderer(points);
        plot.getDomainAxis().setTickLabelsVisible(false);
        plot.getDomainAxis().setTickMarksVisible(false);
        plot.getDomainAxis().setCategoryMargin(0.0);
        plot.getDomainAxis().setLowerMargin(0.005);
        plot.getDomainAxis().setUpperMargin(0.005);
        if (starts instanceof Map<?, ?> marks) {
            countyMarks(plot, (Map<String, String>) marks);
        }
        if (plot.getRangeAxis() instanceof NumberAxis values) {
            PercentAxis.apply(values);
            double top = byPoint.values().stream().mapToDouble(ci -> ci[1]).filter(Double::isFinite).max().orElse(0);
            if (top > 0) {
                values.setUpperBound(TrendChartCustomizer.niceCeiling(top * 1.05));
            }
        }
    }

    /** A thin line before the first municipality of each county, its letter at the top (every other one a line lower). */
    private static void countyMarks(CategoryPlot plot, Map<String, String> starts) {
        int i = 0;
        for (Map.Entry<String, String> start : starts.entrySet()) {
            CategoryMarker mark = new CategoryMarker(start.getKey(), new Color(0xAAAAAA), new BasicStroke(0.4f));
            mark.setDrawAsLine(true);
            mark.setLabel(start.getValue());
            mark.setLabelFont(new Font("DejaVu Sans", Font.PLAIN, 6));
            mark.setLabelPaint(new Color(0x444444));
            mark.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            mark.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            mark.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(i++ % 2 == 0 ? 1 : 8, 1, 0, 0));
            plot.addDomainMarker(mark, Layer.BACKGROUND);
        }
    }
}
