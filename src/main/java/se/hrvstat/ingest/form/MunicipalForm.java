package se.hrvstat.ingest.form;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The municipal mapping form (kartläggningsblankett) as an Excel workbook: its sheets, cell
 * positions and Swedish instructions in one place. The form carries the same data as a
 * municipality's rows in {@code returns.csv} and {@code efforts.csv} (EXCHANGE.md 2.1, 2.2).
 *
 * <p>Layout:
 * <ul>
 * <li>sheet {@value #SHEET_INSTRUCTIONS}: instructions in Swedish (not read back);</li>
 * <li>sheet {@value #SHEET_DETAILS}: kommunkod in {@value #CELL_KOMMUNKOD}, year in {@value #CELL_YEAR},
 * submitted in {@value #CELL_SUBMITTED} (ISO 8601 text), and the efforts in column B, rows
 * {@value #FIRST_EFFORT_ROW}-16 in the order of {@link #EFFORT_FIELDS} (the field code is in column C);</li>
 * <li>sheet {@value #SHEET_CASES}: one row per sector × sex × age group from row
 * {@value #FIRST_CASE_ROW} (codes in columns A-C, prefilled), one column per measure from D
 * (codes in row {@value #CODE_ROW}), and a Swedish explanation of the row in column L (not read);
 * a blank count cell means 0 and gives no row.</li>
 * </ul>
 *
 * <p>Reading guards against hostile files: at most {@value #MAX_FILE_BYTES} bytes on disk, POI's
 * zip-bomb check with a minimum inflate ratio of at least {@value #MIN_INFLATE_RATIO}, and at most
 * {@value #MAX_ENTRY_BYTES} bytes per unpacked zip entry.
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

    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final double MIN_INFLATE_RATIO = 0.01;
    public static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;

    private static final List<String> SECTOR_LABELS = List.of("Socialtjänst", "Skola", "Hälso- och sjukvård", "Övrigt");
    private static final List<String> SEX_LABELS = List.of("Flicka/kvinna", "Pojke/man", "Annat", "Okänt");
    private static final List<String> MEASURE_LABELS = List.of("Antal personer", "Kontroll och begränsningar",
            "Hot", "Fysiskt våld", "Tvångsäktenskap", "Barnäktenskap", "Könsstympning", "Bortförande");
    private static final List<String> EFFORT_LABELS = List.of(
            "Har kommunen en antagen handlingsplan mot hedersrelaterat våld och förtryck? (ja/nej)",
            "Har socialtjänsten en rutin för ärenden med hedersrelaterat våld och förtryck? (ja/nej)",
            "Har skolorna en rutin för hedersrelaterat våld och förtryck? (ja/nej)",
            "Har kommunen en utsedd samordnare? (ja/nej)",
            "Antal anställda som utbildats i ämnet under året (heltal)",
            "Antal anställda i de berörda verksamheterna (heltal, minst 1)",
            "Finns strukturerad samverkan med polisen? (ja/nej)",
            "Finns strukturerad samverkan med regionens hälso- och sjukvård? (ja/nej)",
            "Arbetar kommunen med en kvalitetssäkrad förebyggande metod som följs upp? (ja/nej)");
    private static final List<String> INSTRUCTIONS = List.of(
            "Kartläggning av hedersrelaterat våld och förtryck – kommunens uppgifter",
            "",
            "Så fyller du i blanketten",
            "1. Fyll i fliken \"Uppgifter\": kommunkod (fyra siffror, t.ex. 0180), referensår (t.ex. 2024) och "
                    + "datum och tid för inlämning (ÅÅÅÅ-MM-DDTtt:mm:ssZ, t.ex. 2025-03-14T09:30:00Z).",
            "2. Svara ja eller nej på frågorna om kommunens insatser och ange antal anställda som heltal. "
                    + "Antalet utbildade får inte vara större än antalet anställda.",
            "3. Fyll i fliken \"Kända fall\": antal personer som varit kända för respektive verksamhet under "
                    + "kalenderåret, per kön och åldersgrupp.",
            "   Kolumnen \"Antal personer\" är antalet unika personer. Övriga kolumner anger hur många av dessa "
                    + "personer som utsatts för respektive form; en person kan räknas i flera former.",
            "   Ett antal för en form får aldrig vara större än antalet personer på samma rad.",
            "4. Skriv endast heltal (0 eller större). En tom cell räknas som 0.",
            "5. Ändra inte flikarnas namn, rubriker eller koderna i kolumnerna A–C och rad 5; "
                    + "blanketten läses maskinellt.",
            "6. Ange inga namn eller personnummer någonstans i blanketten.",
            "",
            "Behöver ni lämna nya uppgifter ersätter en senare inlämning för samma år och kommun den tidigare.",
            "Frågor: Nationellt centrum mot hedersrelaterat våld och förtryck, Länsstyrelsen Östergötland.");

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** Fixed zip entry time and document date of the blank template (the output never depends on the clock). */
    private static final OffsetDateTime TEMPLATE_DATE = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private MunicipalForm() {
    }

    /** Writes the blank form (no kommunkod, year or counts; codes and instructions filled in). */
    public static void writeBlankTemplate(Path file) {
        write(file, null);
    }

    /** Writes a form filled in with {@code content}. Byte-identical output for identical content. */
    public static void writeFilled(Path file, FormContent content) {
        write(file, content);
    }

    private static void write(Path file, FormContent content) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            OffsetDateTime docDate = content == null ? TEMPLATE_DATE : content.submitted();
            wb.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(docDate.toInstant())));
            wb.getProperties().getCoreProperties().setTitle("Kartläggning av hedersrelaterat våld och förtryck");
            wb.getProperties().getCoreProperties().setCreator("hrvstat");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle input = wb.createCellStyle();
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle code = wb.createCellStyle();
            code.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            code.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Sheet ins = wb.createSheet(SHEET_INSTRUCTIONS);
            for (int i = 0; i < INSTRUCTIONS.size(); i++) {
                Cell c = ins.createRow(i).createCell(0);
                c.setCellValue(INSTRUCTIONS.get(i));
                if (i == 0 || i == 2) {
                    c.setCellStyle(bold);
                }
            }
            ins.setColumnWidth(0, 140 * 256);

            Sheet det = wb.createSheet(SHEET_DETAILS);
            text(det, "A1", "Kommunens uppgifter", bold);
            text(det, "A3", "Kommunkod (fyra siffror)", null);
            text(det, "A4", "Referensår", null);
            text(det, "A5", "Inlämnad (ÅÅÅÅ-MM-DDTtt:mm:ssZ)", null);
            text(det, "C3", "kommunkod", code);
            text(det, "C4", "year", code);
            text(det, "C5", "submitted", code);
            text(det, "A7", "Kommunens insatser", bold);
            text(det, CELL_KOMMUNKOD, content == null ? "" : content.kommunkod(), input);
            if (content == null) {
                text(det, CELL_YEAR, "", input);
                text(det, CELL_SUBMITTED, "", input);
            } else {
                number(det, CELL_YEAR, content.year(), input);
                text(det, CELL_SUBMITTED, TIMESTAMP.format(content.submitted()), input);
            }
            for (int i = 0; i < EFFORT_FIELDS.size(); i++) {
                int row = FIRST_EFFORT_ROW + i;
                text(det, "A" + row, EFFORT_LABELS.get(i), null);
                text(det, "C" + row, EFFORT_FIELDS.get(i), code);
                String ref = "B" + row;
                if (content == null) {
                    text(det, ref, "", input);
                } else {
                    Efforts e = content.efforts();
                    switch (EFFORT_FIELDS.get(i)) {
                        case "staff_trained" -> number(det, ref, e.staffTrained(), input);
                        case "staff_total" -> number(det, ref, e.staffTotal(), input);
                        default -> text(det, ref, yesNo(effortFlag(e, EFFORT_FIELDS.get(i))), input);
                    }
                }
            }
            DataValidationHelper dvh = det.getDataValidationHelper();
            for (int i = 0; i < EFFORT_FIELDS.size(); i++) {
                if (EFFORT_FIELDS.get(i).startsWith("staff_")) {
                    continue;
                }
                int row0 = FIRST_EFFORT_ROW + i - 1;
                DataValidationConstraint c = dvh.createExplicitListConstraint(new String[] {"ja", "nej"});
                DataValidation dv = dvh.createValidation(c, new CellRangeAddressList(row0, row0, 1, 1));
                dv.setShowErrorBox(true);
                det.addValidationData(dv);
            }
            det.setColumnWidth(0, 90 * 256);
            det.setColumnWidth(1, 28 * 256);
            det.setColumnWidth(2, 22 * 256);

            Sheet cases = wb.createSheet(SHEET_CASES);
            text(cases, "A1", "Kända fall under kalenderåret, per verksamhet, kön och åldersgrupp", bold);
            text(cases, "A2", "Skriv heltal. Tom cell = 0. Ändra inte koderna i kolumnerna A–C och rad 5.", null);
            Row labels = cases.createRow(CODE_ROW - 2);
            Row codes = cases.createRow(CODE_ROW - 1);
            String[] keyLabels = {"Verksamhet", "Kön", "Åldersgrupp"};
            String[] keyCodes = {"sector", "sex", "age_group"};
            for (int k = 0; k < 3; k++) {
                cell(labels, k, keyLabels[k], bold);
                cell(codes, k, keyCodes[k], code);
            }
            for (int m = 0; m < MEASURES.size(); m++) {
                cell(labels, FIRST_MEASURE_COLUMN + m, MEASURE_LABELS.get(m), bold);
                cell(codes, FIRST_MEASURE_COLUMN + m, MEASURES.get(m), code);
            }
            int labelColumn = FIRST_MEASURE_COLUMN + MEASURES.size();
            cell(labels, labelColumn, "Förklaring av raden", bold);
            int r = FIRST_CASE_ROW - 1;
            for (String sector : SECTORS) {
                for (String sex : SEXES) {
                    for (String age : AGE_GROUPS) {
                        Row row = cases.createRow(r++);
                        cell(row, 0, sector, code);
                        cell(row, 1, sex, code);
                        cell(row, 2, age, code);
                        row.createCell(labelColumn).setCellValue(sectorLabel(sector) + ", " + sexLabel(sex).toLowerCase(Locale.ROOT)
                                + ", " + (age.equals("okand") ? "okänd ålder" : age.replace("-", "–") + " år"));
                        for (int m = 0; m < MEASURES.size(); m++) {
                            Cell c = row.createCell(FIRST_MEASURE_COLUMN + m);
                            c.setCellStyle(input);
                            if (content != null) {
                                Long v = find(content.rows(), sector, sex, age, MEASURES.get(m));
                                if (v != null) {
                                    c.setCellValue(v);
                                }
                            }
                        }
                    }
                }
            }
            cases.setColumnWidth(0, 18 * 256);
            cases.setColumnWidth(1, 16 * 256);
            cases.setColumnWidth(2, 14 * 256);
            for (int m = 0; m < MEASURES.size(); m++) {
                cases.setColumnWidth(FIRST_MEASURE_COLUMN + m, 16 * 256);
            }
            cases.setColumnWidth(labelColumn, 48 * 256);
            cases.createFreezePane(3, CODE_ROW);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, normalizeZip(bytes.toByteArray(), docDate));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write form " + file, e);
        }
    }

    /** Labels of sectors and sexes in Swedish, for readers of the form (codes are what is read). */
    public static String sectorLabel(String sector) {
        return SECTOR_LABELS.get(SECTORS.indexOf(sector));
    }

    public static String sexLabel(String sex) {
        return SEX_LABELS.get(SEXES.indexOf(sex));
    }

    private static Long find(List<ReturnRow> rows, String sector, String sex, String age, String measure) {
        Long found = null;
        for (ReturnRow r : rows) {
            if (r.sector().equals(sector) && r.sex().equals(sex) && r.ageGroup().equals(age)
                    && r.measure().equals(measure)) {
                found = r.value();
            }
        }
        return found;
    }

    private static boolean effortFlag(Efforts e, String field) {
        return switch (field) {
            case "action_plan" -> e.actionPlan();
            case "routine_social" -> e.routineSocial();
            case "routine_school" -> e.routineSchool();
            case "coordinator" -> e.coordinator();
            case "cooperation_police" -> e.cooperationPolice();
            case "cooperation_region" -> e.cooperationRegion();
            case "preventive_method" -> e.preventiveMethod();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String yesNo(boolean b) {
        return b ? "ja" : "nej";
    }

    private static void text(Sheet sheet, String ref, String value, CellStyle style) {
        Cell c = cellAt(sheet, ref);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void number(Sheet sheet, String ref, double value, CellStyle style) {
        Cell c = cellAt(sheet, ref);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static Cell cellAt(Sheet sheet, String ref) {
        CellReference cr = new CellReference(ref);
        Row row = sheet.getRow(cr.getRow());
        if (row == null) {
            row = sheet.createRow(cr.getRow());
        }
        Cell c = row.getCell(cr.getCol());
        return c == null ? row.createCell(cr.getCol()) : c;
    }

    /** Rewrites the zip with fixed entry times so that the same content gives the same bytes. */
    private static byte[] normalizeZip(byte[] zip, OffsetDateTime time) throws IOException {
        long t = time.toInstant().toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTime(t);
                zout.putNextEntry(n);
                in.transferTo(zout);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a filled-in form.
     *
     * @throws FormReadException naming the file, sheet and cell when the file is not a readable
     *                           form or a cell holds a bad value
     */
    public static FormContent read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new FormReadException(file, null, null,
                        "file is " + size + " bytes, more than the limit of " + MAX_FILE_BYTES);
            }
        } catch (IOException e) {
            throw new FormReadException(file, null, null, "cannot read the file: " + e.getMessage(), e);
        }
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
        Workbook wb;
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw new FormReadException(file, null, null, "not a readable Excel (.xlsx) file: " + reason(e), e);
        }
        try {
            try {
                wb = new XSSFWorkbook(pkg);
            } catch (Exception e) {
                throw new FormReadException(file, null, null, "not a readable Excel (.xlsx) workbook: " + reason(e), e);
            }
            return readWorkbook(file, wb);
        } finally {
            pkg.revert();
        }
    }

    private static FormContent readWorkbook(Path file, Workbook wb) {
        Sheet det = sheet(file, wb, SHEET_DETAILS);
        String kommunkod = readKommunkod(file, det);
        int year = (int) readInteger(file, det, CELL_YEAR, 1900, 2999, false);
        String submittedText = readText(file, det, CELL_SUBMITTED);
        OffsetDateTime submitted;
        try {
            submitted = OffsetDateTime.parse(submittedText, TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw new FormReadException(file, SHEET_DETAILS, CELL_SUBMITTED,
                    "expected a timestamp like 2025-03-14T09:30:00Z, found '" + submittedText + "'");
        }
        boolean[] flags = new boolean[EFFORT_FIELDS.size()];
        long trained = 0;
        long total = 0;
        for (int i = 0; i < EFFORT_FIELDS.size(); i++) {
            String ref = "B" + (FIRST_EFFORT_ROW + i);
            String field = EFFORT_FIELDS.get(i);
            expectCode(file, det, "C" + (FIRST_EFFORT_ROW + i), field);
            if (field.equals("staff_trained")) {
                trained = readInteger(file, det, ref, 0, Long.MAX_VALUE, false);
            } else if (field.equals("staff_total")) {
                total = readInteger(file, det, ref, 1, Long.MAX_VALUE, false);
            } else {
                String v = readText(file, det, ref).toLowerCase(Locale.ROOT);
                if (!v.equals("ja") && !v.equals("nej")) {
                    throw new FormReadException(file, SHEET_DETAILS, ref,
                            "expected 'ja' or 'nej' for " + field + ", found '" + v + "'");
                }
                flags[i] = v.equals("ja");
            }
        }
        Efforts efforts = new Efforts(flags[0], flags[1], flags[2], flags[3], trained, total, flags[6], flags[7],
                flags[8]);

        Sheet cases = sheet(file, wb, SHEET_CASES);
        for (int m = 0; m < MEASURES.size(); m++) {
            expectCode(file, cases, new CellAddress(CODE_ROW - 1, FIRST_MEASURE_COLUMN + m).formatAsString(),
                    MEASURES.get(m));
        }
        List<ReturnRow> rows = new ArrayList<>();
        int r = FIRST_CASE_ROW - 1;
        for (String sector : SECTORS) {
            for (String sex : SEXES) {
                for (String age : AGE_GROUPS) {
                    expectCode(file, cases, "A" + (r + 1), sector);
                    expectCode(file, cases, "B" + (r + 1), sex);
                    expectCode(file, cases, "C" + (r + 1), age);
                    for (int m = 0; m < MEASURES.size(); m++) {
                        String ref = new CellAddress(r, FIRST_MEASURE_COLUMN + m).formatAsString();
                        long v = readInteger(file, cases, ref, 0, Long.MAX_VALUE, true);
                        if (v >= 0) {
                            rows.add(new ReturnRow(sector, sex, age, MEASURES.get(m), v));
                        }
                    }
                    r++;
                }
            }
        }
        return new FormContent(kommunkod, year, submitted, rows, efforts);
    }

    private static Sheet sheet(Path file, Workbook wb, String name) {
        Sheet s = wb.getSheet(name);
        if (s == null) {
            throw new FormReadException(file, name, null, "the sheet is missing (sheet names must not be changed)");
        }
        return s;
    }

    /**
     * The cell at {@code ref}. A formula is refused, whatever its cached result: a form is read
     * without calculating, and a formula ({@code =HYPERLINK(...)}, a sum typed by hand) is not
     * the value the municipality reports.
     */
    private static Cell find(Path file, Sheet sheet, String ref) {
        CellReference cr = new CellReference(ref);
        Row row = sheet.getRow(cr.getRow());
        Cell cell = row == null ? null : row.getCell(cr.getCol());
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
            throw new FormReadException(file, sheet.getSheetName(), ref,
                    "the cell holds a formula, not a value: type the value itself (forms are read without calculating)");
        }
        return cell;
    }

    private static CellType type(Cell c) {
        if (c == null) {
            return CellType.BLANK;
        }
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }

    private static String readText(Path file, Sheet sheet, String ref) {
        Cell c = find(file, sheet, ref);
        return switch (type(c)) {
            case STRING -> c.getStringCellValue().trim();
            case BLANK -> "";
            case NUMERIC -> {
                double d = c.getNumericCellValue();
                yield d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
            }
            default -> throw new FormReadException(file, sheet.getSheetName(), ref,
                    "expected text, found a " + type(c).name().toLowerCase(Locale.ROOT) + " cell");
        };
    }

    private static void expectCode(Path file, Sheet sheet, String ref, String expected) {
        String found = readText(file, sheet, ref);
        if (!found.equals(expected)) {
            throw new FormReadException(file, sheet.getSheetName(), ref,
                    "expected the code '" + expected + "', found '" + found + "' (codes must not be changed)");
        }
    }

    private static String readKommunkod(Path file, Sheet det) {
        Cell c = find(file, det, CELL_KOMMUNKOD);
        String v;
        if (type(c) == CellType.NUMERIC) {
            double d = c.getNumericCellValue();
            // Excel turns 0114 into the number 114 unless the cell is text; restore the leading zero.
            v = d == Math.rint(d) && d >= 0 && d < 10_000 ? String.format(Locale.ROOT, "%04d", (long) d) : "" + d;
        } else {
            v = readText(file, det, CELL_KOMMUNKOD);
        }
        if (!v.matches("[0-9]{4}")) {
            throw new FormReadException(file, SHEET_DETAILS, CELL_KOMMUNKOD,
                    "expected a kommunkod of four digits, found '" + v + "'");
        }
        return v;
    }

    /**
     * Reads a whole number in [min, max]; returns -1 for a blank cell when {@code blankAllowed}.
     */
    private static long readInteger(Path file, Sheet sheet, String ref, long min, long max, boolean blankAllowed) {
        Cell c = find(file, sheet, ref);
        long v;
        switch (type(c)) {
            case BLANK -> {
                if (blankAllowed) {
                    return -1;
                }
                throw new FormReadException(file, sheet.getSheetName(), ref, "a value is required");
            }
            case NUMERIC -> {
                double d = c.getNumericCellValue();
                if (d != Math.rint(d) || Double.isInfinite(d) || Math.abs(d) > 1e15) {
                    throw new FormReadException(file, sheet.getSheetName(), ref,
                            "expected a whole number, found " + d);
                }
                v = (long) d;
            }
            case STRING -> {
                String s = c.getStringCellValue().trim().replace("\u00a0", "").replace(" ", "");
                if (s.isEmpty() && blankAllowed) {
                    return -1;
                }
                if (!s.matches("-?[0-9]{1,15}")) {
                    throw new FormReadException(file, sheet.getSheetName(), ref,
                            "expected a whole number, found '" + c.getStringCellValue() + "'");
                }
                v = Long.parseLong(s);
            }
            default -> throw new FormReadException(file, sheet.getSheetName(), ref,
                    "expected a whole number, found a " + type(c).name().toLowerCase(Locale.ROOT) + " cell");
        }
        if (v < min || v > max) {
            throw new FormReadException(file, sheet.getSheetName(), ref,
                    "value " + v + " is out of range (" + min + (max == Long.MAX_VALUE ? " or more" : "-" + max) + ")");
        }
        return v;
    }

    /** Why POI refused a file, in words for the person who sent it (no exception class names). */
    static String reason(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        String text = all.toString();
        if (text.contains("Zip bomb") || text.contains("exceeds the max. entry size") || text.contains("max entry size")) {
            return "it would unpack to far more than its size (a zip bomb?), so it was refused without unpacking it";
        }
        if (file0(text)) {
            return "the file is empty (0 bytes)";
        }
        String deepest = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                deepest = t.getMessage();
            }
        }
        String cleaned = deepest == null ? "" : deepest.replaceAll("(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error):?\\s*", "")
                .strip();
        return (cleaned.isEmpty() ? "" : cleaned + "; ") + "is it cut off, or not an Excel file at all?";
    }

    private static boolean file0(String text) {
        return text.contains("zero length") || text.contains("zero bytes") || text.contains("0 bytes") || text.contains("is empty");
    }
}
