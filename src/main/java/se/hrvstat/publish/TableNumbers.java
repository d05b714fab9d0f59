package se.hrvstat.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.StatTable;

/**
 * The one table numbering of a publication, "chapter.table" as in "Tabell 1.3", shared by the
 * workbook and the PDF report so that a table keeps its number in both:
 * <ul>
 *   <li>1.n: the survey's indicators and questions, one table each, in catalogue order
 *       ({@link WorkbookWriter#byIndicator});</li>
 *   <li>2.1: the changes between waves and the linear trends; 2.2: the differences between groups
 *       of the latest wave (each numbered only when present);</li>
 *   <li>3.n: the municipal tables ({@link StatTable}s), in the report's order;</li>
 *   <li>4.n: the model-based municipal estimates (4.1, the workbook's sheet of {@code sae-<year>.csv})
 *       and the model's fit (4.2 to 4.4, the report's small-area chapter, {@link SmallAreaChapter}).</li>
 * </ul>
 * Immutable and thread safe.
 */
public final class TableNumbers {

    static final int SURVEY = 1;
    static final int CHANGES = 2;
    static final int MUNICIPAL = 3;
    static final int SMALL_AREA = 4;
    private final Map<String, String> indicators = new HashMap<>();
    private final Map<String, String> tables = new HashMap<>();
    private final String changes;
    private final String differences;

    private TableNumbers(List<String> indicatorNames, boolean hasChanges, boolean hasDifferences, List<String> tableIds) {
        for (int i = 0; i < indicatorNames.size(); i++) {
            indicators.put(indicatorNames.get(i), SURVEY + "." + (i + 1));
        }
        int n = 0;
        changes = hasChanges ? CHANGES + "." + ++n : null;
        differences = hasDifferences ? CHANGES + "." + ++n : null;
        for (int i = 0; i < tableIds.size(); i++) {
            tables.put(tableIds.get(i), MUNICIPAL + "." + (i + 1));
        }
    }

    /** The numbers of {@code report}'s tables. */
    public static TableNumbers of(AnnualReport report) {
        ReportData data = new ReportData(report);
        Optional<Integer> latest = data.latestWave();
        boolean differences = latest.isPresent()
                && data.differenceRows().stream().anyMatch(r -> r.wave() == latest.get());
        return new TableNumbers(WorkbookWriter.indicatorOrder(data), !data.trendRows().isEmpty(),
                differences, report.tables().stream().map(StatTable::id).toList());
    }

    /** The numbers of municipal tables alone (3.1, 3.2, ... in the order given), as a report without survey tables has them. */
    static TableNumbers ofStatTables(List<StatTable> tables) {
        return new TableNumbers(List.of(), false, false, tables.stream().map(StatTable::id).toList());
    }

    /** The number of an indicator's (or question's) table, e.g. "1.3". */
    public String indicator(String name) {
        return known(indicators.get(name), name);
    }

    /** The number of the table of changes and trends. */
    public String changes() {
        return known(changes, "changes");
    }

    /** The number of the table of differences between groups. */
    public String differences() {
        return known(differences, "differences");
    }

    /** The number of a municipal table by its id. */
    public String statTable(String id) {
        return known(tables.get(id), id);
    }

    /** The number of the small-area chapter's n-th table (fixed: the chapter always has the same tables), e.g. "4.1". */
    public static String smallArea(int n) {
        return SMALL_AREA + "." + n;
    }

    private static String known(String number, String what) {
        if (number == null) {
            throw new IllegalArgumentException("no table number for " + what);
        }
        return number;
    }
}
