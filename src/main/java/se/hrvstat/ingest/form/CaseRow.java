package se.hrvstat.ingest.form;

import static se.hrvstat.ingest.form.MunicipalForm.AGE_GROUPS;
import static se.hrvstat.ingest.form.MunicipalForm.FIRST_CASE_ROW;
import static se.hrvstat.ingest.form.MunicipalForm.FIRST_MEASURE_COLUMN;
import static se.hrvstat.ingest.form.MunicipalForm.SECTORS;
import static se.hrvstat.ingest.form.MunicipalForm.SEXES;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellAddress;

/**
 * One count row of the sheet {@value MunicipalForm#SHEET_CASES}: the sector, sex and age group
 * whose codes stand in columns A-C, and where the row is.
 *
 * @param row      the 1-based row number, as Excel shows it
 * @param sector   the code in column A
 * @param sex      the code in column B
 * @param ageGroup the code in column C
 */
record CaseRow(int row, String sector, String sex, String ageGroup) {

    /** All count rows in form order: sectors, within them sexes, within them age groups. */
    static List<CaseRow> all() {
        List<CaseRow> rows = new ArrayList<>();
        int row = FIRST_CASE_ROW;
        for (String sector : SECTORS) {
            for (String sex : SEXES) {
                for (String age : AGE_GROUPS) {
                    rows.add(new CaseRow(row++, sector, sex, age));
                }
            }
        }
        return rows;
    }

    /** The 0-based row index, as POI counts. */
    int index() {
        return row - 1;
    }

    /** The address of this row's cell in column {@code column} (A is 0), such as {@code D6}. */
    String cell(int column) {
        return new CellAddress(index(), column).formatAsString();
    }

    /** The address of this row's count of measure {@code m} (in {@link MunicipalForm#MEASURES} order). */
    String measureCell(int m) {
        return cell(FIRST_MEASURE_COLUMN + m);
    }
}
