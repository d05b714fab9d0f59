package se.hrvstat.ingest.form;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The municipal mapping form (kartläggningsblankett) as an Excel workbook: its layout (sheets,
 * cell positions, code lists) and the way in for callers, which write the blank template or a
 * filled form and read a filled form back. The form carries the same data as a municipality's
 * rows in {@code returns.csv} and {@code efforts.csv} (EXCHANGE.md 2.1, 2.2).
 *
 * <p>Layout:
 * <ul>
 * <li>sheet {@value #SHEET_INSTRUCTIONS}: instructions in Swedish ({@link FormInstructions}, not read back);</li>
 * <li>sheet {@value #SHEET_DETAILS}: kommunkod in {@value #CELL_KOMMUNKOD}, year in {@value #CELL_YEAR},
 * submitted in {@value #CELL_SUBMITTED} (ISO 8601 text), and the efforts in column B, rows
 * {@value #FIRST_EFFORT_ROW}-16 in the order of {@link #EFFORT_FIELDS} (the field code is in column C);</li>
 * <li>sheet {@value #SHEET_CASES}: one row per sector × sex × age group from row
 * {@value #FIRST_CASE_ROW} (codes in columns A-C, prefilled; {@link CaseRow}), one column per measure
 * from D (codes in row {@value #CODE_ROW}), and a Swedish explanation of the row in column L (not
 * read); a blank count cell means 0 and gives no row.</li>
 * </ul>
 * The Swedish words on the form are in {@code report-templates/form.properties} ({@link FormWords},
 * {@link FormLabels}); {@link FormWriter} writes the form and
 * {@link FormReader} reads it back, behind the guards of {@link GuardedWorkbook}.
 */
public final class MunicipalForm {

    public static final String SHEET_INSTRUCTIONS = "Instruktioner";
    public static final String SHEET_DETAILS = "Uppgifter";
    public static final String SHEET_CASES = "Kända fall";

    public static final String CELL_KOMMUNKOD = "B3";
    public static final String CELL_YEAR = "B4";
    public static final String CELL_SUBMITTED = "B5";
    /** 1-based row of the first effort field on {@value #SHEET_DETAILS}. */
    public static final int FIRST_EFFORT_ROW = 8;
    /** 1-based row with the measure codes on {@value #SHEET_CASES}. */
    public static final int CODE_ROW = 5;
    /** 1-based row of the first count row on {@value #SHEET_CASES}. */
    public static final int FIRST_CASE_ROW = 6;
    /** 0-based column of the first measure on {@value #SHEET_CASES} (D). */
    public static final int FIRST_MEASURE_COLUMN = 3;

    public static final List<String> SECTORS = List.of("socialtjanst", "skola", "halso_sjukvard", "ovrigt");
    public static final List<String> SEXES = List.of("flicka_kvinna", "pojke_man", "annat", "okant");
    public static final List<String> AGE_GROUPS = List.of("0-12", "13-17", "18-25", "26+", "okand");
    public static final List<String> MEASURES = List.of("personer", "kontroll", "hot", "vald", "tvangsaktenskap",
            "barnaktenskap", "konsstympning", "bortforande");
    /** The efforts columns of EXCHANGE.md 2.2, in form order (rows 8-16). */
    public static final List<String> EFFORT_FIELDS = List.of("action_plan", "routine_social", "routine_school",
            "coordinator", "staff_trained", "staff_total", "cooperation_police", "cooperation_region",
            "preventive_method");

    /** 0-based column of the explanation of each count row on {@value #SHEET_CASES} (L), after the measures. */
    static final int EXPLANATION_COLUMN = FIRST_MEASURE_COLUMN + MEASURES.size();
    /** The format of {@value #CELL_SUBMITTED}, such as {@code 2025-03-14T09:30:00Z}. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private MunicipalForm() {
    }

    /** Writes the blank form (no kommunkod, year or counts; codes and instructions filled in). */
    public static void writeBlankTemplate(Path file) {
        FormWriter.write(file, null);
    }

    /** Writes a form filled in with {@code content}. Byte-identical output for identical content. */
    public static void writeFilled(Path file, FormContent content) {
        FormWriter.write(file, content);
    }

    /**
     * Reads a filled-in form.
     *
     * @throws FormReadException naming the file, sheet and cell when the file is not a readable
     *                           form or a cell holds a bad value
     */
    public static FormContent read(Path file) {
        return GuardedWorkbook.read(file, workbook -> FormReader.read(file, workbook));
    }

    /** The 1-based row of effort field {@code index} (in {@link #EFFORT_FIELDS} order) on {@value #SHEET_DETAILS}. */
    static int effortRow(int index) {
        return FIRST_EFFORT_ROW + index;
    }
}
