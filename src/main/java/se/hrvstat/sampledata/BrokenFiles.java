package se.hrvstat.sampledata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import se.hrvstat.ingest.form.Efforts;
import se.hrvstat.ingest.form.FormContent;
import se.hrvstat.ingest.form.MunicipalForm;
import se.hrvstat.ingest.form.ReturnRow;

/**
 * Writes {@code broken/}: small, deliberately broken files for validation tests, built from an
 * excerpt of the generated 2024 wave, with a {@code README.md} of one line per file.
 */
final class BrokenFiles {

    private final Path dir;
    private final long seed;
    private final Map<String, String> readme = new LinkedHashMap<>();

    BrokenFiles(Path dir, long seed) {
        this.dir = dir;
        this.seed = seed;
    }

    /** Luhn (modulus 10, weights 2,1,2,...) check digit of the nine digits YYMMDDNNN. */
    static int luhnCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int p = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += p / 10 + p % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** A made-up but formally valid personnummer (valid date, valid check digit) from the seed. */
    static String madeUpPersonnummer(long seed) {
        Rng r = Rng.of(seed, "broken-personnummer");
        int yy = r.between(8, 9);   // born 2008 or 2009: a plausible grade-9/11 student
        int mm = r.between(1, 12);
        int dd = r.between(1, 28);
        int nnn = r.between(100, 999);
        String nine = String.format("%02d%02d%02d%03d", yy, mm, dd, nnn);
        return nine.substring(0, 6) + "-" + nine.substring(6) + luhnCheckDigit(nine);
    }

    void write(Path wave2024) {
        try {
            Files.createDirectories(dir);
            List<String> design = Files.readAllLines(wave2024.resolve("design.csv"), StandardCharsets.UTF_8);
            List<String> responses = Files.readAllLines(wave2024.resolve("responses.csv"), StandardCharsets.UTF_8);
            List<String> population = Files.readAllLines(wave2024.resolve("population.csv"), StandardCharsets.UTF_8);
            // excerpt: the first two sampled classes that have respondents
            List<String> classes = new ArrayList<>();
            for (String line : responses.subList(1, responses.size())) {
                String cls = line.split(",", -1)[2];
                if (!classes.contains(cls)) {
                    if (classes.size() == 2) {
                        break;
                    }
                    classes.add(cls);
                }
            }
            List<String> designEx = new ArrayList<>(List.of(design.get(0)));
            for (String line : design) {
                if (classes.contains(line.split(",", -1)[4])) {
                    designEx.add(line);
                }
            }
            List<String> respEx = new ArrayList<>(List.of(responses.get(0)));
            for (String line : responses.subList(1, responses.size())) {
                if (classes.contains(line.split(",", -1)[2]) && respEx.size() < 13) {
                    respEx.add(line);
                }
            }
            lines("design.csv", designEx, "A valid excerpt of `design.csv` (2024); the `responses-*.csv` files "
                    + "below refer to its classes.");
            lines("responses.csv", respEx, "A valid excerpt of `responses.csv` matching `design.csv` "
                    + "(the control case: must pass).");

            List<String> wrongHeader = new ArrayList<>(respEx);
            wrongHeader.set(0, respEx.get(0).replace(",sex,", ",kon,").replace("q01,q02", "q02,q01"));
            lines("responses-wrong-header.csv", wrongHeader,
                    "Wrong header: column `sex` is named `kon`, and `q01`/`q02` are in the wrong order.");

            List<String> quoting = new ArrayList<>(respEx);
            quoting.set(3, "\"" + respEx.get(3));
            lines("responses-broken-quoting.csv", quoting,
                    "Broken quoting: line 4 has an unterminated quoted field (RFC 4180 violation).");

            List<String> unknownClass = new ArrayList<>(respEx);
            unknownClass.set(2, replaceField(respEx.get(2), 2, "9999-GR-99-9Z"));
            lines("responses-unknown-class.csv", unknownClass,
                    "Line 3 has `class_id` 9999-GR-99-9Z, which is not in `design.csv`.");

            List<String> gradeMismatch = new ArrayList<>(respEx);
            String g = respEx.get(4).split(",", -1)[4];
            gradeMismatch.set(4, replaceField(respEx.get(4), 4, g.equals("9") ? "11" : "9"));
            lines("responses-grade-mismatch.csv", gradeMismatch,
                    "Line 5 has a `grade` that differs from the grade of its class in `design.csv`.");

            List<String> outOfRange = new ArrayList<>(respEx);
            outOfRange.set(5, replaceField(respEx.get(5), 13, "3"));
            lines("responses-code-out-of-range.csv", outOfRange,
                    "Line 6 has `q05` = 3, a code outside 1/2/8/9.");

            List<String> notRouted = new ArrayList<>(respEx);
            int lineNo = -1;
            for (int i = 1; i < respEx.size(); i++) {
                String[] f = respEx.get(i).split(",", -1);
                if (f[23].isEmpty()) {
                    lineNo = i;
                    break;
                }
            }
            String[] f = respEx.get(lineNo).split(",", -1);
            for (int k = 19; k <= 22; k++) {
                f[k] = "2";
            }
            f[23] = "1";
            notRouted.set(lineNo, String.join(",", f));
            lines("responses-q15-not-routed.csv", notRouted, "Line " + (lineNo + 1)
                    + " answers `q15` although none of `q11`-`q14` is 1 (q15 must be empty: routing).");

            String pnr = madeUpPersonnummer(seed);
            List<String> personnummer = new ArrayList<>(respEx);
            personnummer.set(6, replaceField(respEx.get(6), 0, pnr));
            lines("responses-personnummer.csv", personnummer, "Line 7 has `resp_id` " + pnr
                    + ", a made-up but formally valid personnummer (valid date and Luhn check digit): must be "
                    + "rejected, never stored.");

            writeExcelDialect(designEx, respEx, population);

            Files.write(dir.resolve("responses-empty.csv"), new byte[0]);
            readme.put("responses-empty.csv", "An empty file (0 bytes, no header).");

            byte[] binary = new byte[2048];
            Rng r = Rng.of(seed, "broken-binary");
            for (int i = 0; i < binary.length; i++) {
                binary[i] = (byte) r.between(0, 255);
            }
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};
            System.arraycopy(png, 0, binary, 0, png.length);
            Files.write(dir.resolve("responses-binary.csv"), binary);
            readme.put("responses-binary.csv", "Binary data (a PNG signature then random bytes, NULs included) "
                    + "with a .csv name.");

            List<String> returns = new ArrayList<>();
            returns.add(String.join(",", ExchangeHeaders.RETURNS));
            String ts = "2025-03-03T10:15:00Z";
            returns.add("2024,0180,socialtjanst,flicka_kvinna,13-17,personer,12," + ts);
            returns.add("2024,0180,socialtjanst,flicka_kvinna,13-17,kontroll,9," + ts);
            returns.add("2024,0180,socialtjanst,flicka_kvinna,13-17,hot,14," + ts);
            returns.add("2024,0000,socialtjanst,flicka_kvinna,13-17,personer,3," + ts);
            returns.add("2024,0000,socialtjanst,flicka_kvinna,13-17,kontroll,2," + ts);
            lines("returns-invalid.csv", returns, "Municipal returns: line 4 has `hot` 14 above `personer` 12 in "
                    + "the same cell; lines 5-6 have the unknown kommunkod 0000.");

            List<String> efforts = List.of(String.join(",", ExchangeHeaders.EFFORTS),
                    "2024,0580,2025-02-20T13:05:00Z,ja,ja,nej,ja,120,80,ja,nej,nej");
            lines("efforts-trained-above-total.csv", efforts,
                    "Efforts: `staff_trained` 120 is greater than `staff_total` 80.");

            writeForms();
            writeReadme();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write broken files into " + dir, e);
        }
    }

    private void writeExcelDialect(List<String> designEx, List<String> respEx, List<String> population)
            throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        // school and class ids with Swedish letters, so that the encoding matters
        Map<String, String> rename = new LinkedHashMap<>();
        for (String line : designEx.subList(1, designEx.size())) {
            String[] f = line.split(",", -1);
            String school = f[3];
            rename.putIfAbsent(school, "Skola-Åsö-" + school.substring(school.length() - 2));
        }
        List<String> d = new ArrayList<>();
        for (String line : designEx) {
            d.add(dialect(line, rename));
        }
        List<String> resp = new ArrayList<>();
        for (String line : respEx) {
            resp.add(dialect(line, rename));
        }
        List<String> pop = new ArrayList<>();
        for (String line : population) {
            pop.add(line.replace(',', ';'));
        }
        Path sv = dir.resolve("excel-sv");
        Files.createDirectories(sv);
        Files.write(sv.resolve("design.csv"), (String.join("\r\n", d) + "\r\n").getBytes(cp1252));
        Files.write(sv.resolve("responses.csv"), (String.join("\r\n", resp) + "\r\n").getBytes(cp1252));
        Files.write(sv.resolve("population.csv"), (String.join("\r\n", pop) + "\r\n").getBytes(cp1252));
        readme.put("excel-sv/", "NOT broken: the same excerpt (design, responses, population) in the Swedish Excel "
                + "dialect — semicolon separator, Windows-1252 (school ids contain å/ö), CRLF, no BOM. Must be "
                + "accepted and the dialect reported. (None of the survey columns has decimals, so decimal comma "
                + "does not show here.)");
    }

    private static String dialect(String line, Map<String, String> rename) {
        String s = line;
        for (Map.Entry<String, String> e : rename.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s.replace(',', ';');
    }

    private void writeForms() throws IOException {
        Path forms = dir.resolve("forms");
        Files.createDirectories(forms);
        OffsetDateTime ts = OffsetDateTime.of(2025, 3, 3, 10, 15, 0, 0, ZoneOffset.UTC);
        List<ReturnRow> rows = List.of(new ReturnRow("socialtjanst", "flicka_kvinna", "13-17", "personer", 4),
                new ReturnRow("socialtjanst", "flicka_kvinna", "13-17", "kontroll", 3));
        Efforts eff = new Efforts(true, true, false, true, 12, 140, true, false, false);
        Path good = forms.resolve("bad-cell.xlsx");
        MunicipalForm.writeFilled(good, new FormContent("0580", 2024, ts, rows, eff));
        // replace the count in E6 by text: rewrite through POI
        try (var in = Files.newInputStream(good);
                var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheet(MunicipalForm.SHEET_CASES);
            sheet.getRow(5).getCell(4).setCellValue("många");
            var props = wb.getProperties().getCoreProperties();
            props.setCreated(java.util.Optional.of(java.util.Date.from(ts.toInstant())));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            Files.write(good, rezip(bytes.toByteArray(), ts));
        }
        readme.put("forms/bad-cell.xlsx", "A filled-in form whose cell E6 on sheet 'Kända fall' holds the text "
                + "'många' instead of a whole number.");

        byte[] valid = Files.readAllBytes(good);
        Files.write(forms.resolve("corrupt.xlsx"), java.util.Arrays.copyOf(valid, valid.length / 2));
        readme.put("forms/corrupt.xlsx", "A form cut off in the middle (truncated zip: no central directory).");

        Files.write(forms.resolve("zip-bomb.xlsx"), zipBomb(valid, ts));
        readme.put("forms/zip-bomb.xlsx", "Zip-bomb-like .xlsx: a valid form whose first worksheet is a 24 MiB entry of spaces compressed about "
                + "1000:1 (below POI's minimum inflate ratio 0.01 and above the 20 MiB entry limit); must be "
                + "refused without unpacking it.");
    }

    /**
     * A structurally valid form whose first worksheet is replaced by 24 MiB of spaces, which deflate
     * to about 24 KiB (inflate ratio about 0.001).
     */
    static byte[] zipBomb(byte[] validXlsx, OffsetDateTime time) throws IOException {
        long t = time.toInstant().toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(validXlsx));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTime(t);
                z.putNextEntry(n);
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 24; i++) {
                        z.write(spaces);
                    }
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] rezip(byte[] zip, OffsetDateTime time) throws IOException {
        long t = time.toInstant().toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTime(t);
                z.putNextEntry(n);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String replaceField(String line, int index, String value) {
        String[] f = line.split(",", -1);
        f[index] = value;
        return String.join(",", f);
    }

    private void lines(String name, List<String> lines, String description) throws IOException {
        Files.write(dir.resolve(name), (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
        readme.put(name, description);
    }

    private void writeReadme() throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Deliberately broken files\n\n");
        sb.append("Generated by `SampleDataGenerator` (see `../TRUTH.md`); for validation tests. Survey files are ")
                .append("built from an excerpt of wave 2024 and refer to the classes in `design.csv` here. ")
                .append("Line numbers count the header as line 1.\n\n");
        for (Map.Entry<String, String> e : readme.entrySet()) {
            sb.append("- `").append(e.getKey()).append("` — ").append(e.getValue()).append('\n');
        }
        Files.writeString(dir.resolve("README.md"), sb.toString(), StandardCharsets.UTF_8);
    }
}
