package se.hrvstat.ingest.form;

import java.util.ArrayList;
import java.util.List;

import se.hrvstat.ingest.RowScreening;
import se.hrvstat.result.InputKind;
import se.hrvstat.result.SourceRow;

/**
 * A filled-in municipal form as the rows it stands for: one {@code returns.csv} row per count
 * and one {@code efforts.csv} row, so that forms and CSV returns pass the same validation.
 * Row numbers count the form's entries from 2 (as if the form were a file with a header).
 */
public final class FormRows {
    private FormRows() {
    }

    public static List<SourceRow> of(FormContent form, long fileId, int period) {
        List<SourceRow> rows = new ArrayList<>();
        String year = Integer.toString(form.year());
        String submitted = form.submitted().toString();
        int line = 1;
        for (ReturnRow r : form.rows()) {
            rows.add(RowScreening.screened(fileId, InputKind.RETURNS, period, ++line, new String[] {year, form.kommunkod(),
                r.sector(), r.sex(), r.ageGroup(), r.measure(), Long.toString(r.value()), submitted}));
        }
        Efforts e = form.efforts();
        rows.add(RowScreening.screened(fileId, InputKind.EFFORTS, period, ++line, new String[] {year, form.kommunkod(),
            submitted, yesNo(e.actionPlan()), yesNo(e.routineSocial()), yesNo(e.routineSchool()), yesNo(e.coordinator()),
            Long.toString(e.staffTrained()), Long.toString(e.staffTotal()), yesNo(e.cooperationPolice()),
            yesNo(e.cooperationRegion()), yesNo(e.preventiveMethod())}));
        return rows;
    }

    private static String yesNo(boolean value) {
        return value ? "ja" : "nej";
    }
}
