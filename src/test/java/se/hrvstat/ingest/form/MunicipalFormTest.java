package se.hrvstat.ingest.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MunicipalFormTest {

    @TempDir
    Path dir;

    static FormContent sample() {
        return new FormContent("0114", 2024, OffsetDateTime.of(2025, 3, 14, 9, 30, 5, 0, ZoneOffset.UTC),
                List.of(new ReturnRow("socialtjanst", "flicka_kvinna", "13-17", "personer", 7),
                        new ReturnRow("socialtjanst", "flicka_kvinna", "13-17", "kontroll", 5),
                        new ReturnRow("socialtjanst", "flicka_kvinna", "13-17", "bortforande", 0),
                        new ReturnRow("skola", "pojke_man", "0-12", "personer", 0),
                        new ReturnRow("ovrigt", "okant", "okand", "personer", 2),
                        new ReturnRow("ovrigt", "okant", "okand", "hot", 1)),
                new Efforts(true, false, true, false, 12, 140, true, true, false));
    }

    @Test
    void aFilledFormReadsBackAsTheSameContent() {
        Path file = dir.resolve("0114.xlsx");
        MunicipalForm.writeFilled(file, sample());

        assertThat(MunicipalForm.read(file)).isEqualTo(sample());
    }

    @Test
    void theSameContentGivesTheSameBytes() throws IOException {
        MunicipalForm.writeFilled(dir.resolve("a.xlsx"), sample());
        MunicipalForm.writeFilled(dir.resolve("b.xlsx"), sample());

        assertThat(Files.readAllBytes(dir.resolve("a.xlsx"))).isEqualTo(Files.readAllBytes(dir.resolve("b.xlsx")));
    }

    @Test
    void theBlankTemplateStartsWithSwedishInstructionsAndCannotBeReadAsAReturn() throws IOException {
        Path file = dir.resolve("mall.xlsx");
        MunicipalForm.writeBlankTemplate(file);

        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo(MunicipalForm.SHEET_INSTRUCTIONS);
            assertThat(wb.getSheetName(1)).isEqualTo(MunicipalForm.SHEET_DETAILS);
            assertThat(wb.getSheetName(2)).isEqualTo(MunicipalForm.SHEET_CASES);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("hedersrelaterat våld");
        }
        assertThatThrownBy(() -> MunicipalForm.read(file))
                .isInstanceOf(FormReadException.class)
                .hasMessageContaining("mall.xlsx").hasMessageContaining("B3");
    }

    @Test
    void aTextInACountCellIsReportedWithFileSheetAndCell() throws IOException {
        Path file = dir.resolve("0114.xlsx");
        MunicipalForm.writeFilled(file, sample());
        edit(file, wb -> wb.getSheet(MunicipalForm.SHEET_CASES).getRow(11).createCell(4).setCellValue("många"));

        assertThatThrownBy(() -> MunicipalForm.read(file))
                .isInstanceOfSatisfying(FormReadException.class, e -> {
                    assertThat(e.sheet()).isEqualTo("Kända fall");
                    assertThat(e.cell()).isEqualTo("E12");
                    assertThat(e.getMessage()).contains("0114.xlsx", "Kända fall", "E12", "många");
                });
    }

    @Test
    void aNegativeOrFractionalCountIsRefused() throws IOException {
        Path file = dir.resolve("0114.xlsx");
        MunicipalForm.writeFilled(file, sample());
        edit(file, wb -> wb.getSheet(MunicipalForm.SHEET_CASES).getRow(5).createCell(3).setCellValue(2.5));

        assertThatThrownBy(() -> MunicipalForm.read(file))
                .isInstanceOf(FormReadException.class).hasMessageContaining("D6");
    }

    @Test
    void anEffortOtherThanJaOrNejIsReportedWithItsCell() throws IOException {
        Path file = dir.resolve("0114.xlsx");
        MunicipalForm.writeFilled(file, sample());
        edit(file, wb -> wb.getSheet(MunicipalForm.SHEET_DETAILS).getRow(11).getCell(1).setCellValue("kanske"));

        assertThatThrownBy(() -> MunicipalForm.read(file))
                .isInstanceOfSatisfying(FormReadException.class, e -> {
                    assertThat(e.sheet()).isEqualTo("Uppgifter");
                    assertThat(e.cell()).isEqualTo("B12");
                });
    }

    @Test
    void aKommunkodTypedAsANumberKeepsItsLeadingZero() throws IOException {
        Path file = dir.resolve("0114.xlsx");
        MunicipalForm.writeFilled(file, sample());
        edit(file, wb -> wb.getSheet(MunicipalForm.SHEET_DETAILS).getRow(2).getCell(1).setCellValue(114));

        assertThat(MunicipalForm.read(file).kommunkod()).isEqualTo("0114");
    }

    @Test
    void aZipBombIsRefusedWithoutUnpackingIt() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        MunicipalForm.writeFilled(file, sample());
        byte[] valid = Files.readAllBytes(file);
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(valid));
                ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/")) {
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

        assertThatThrownBy(() -> MunicipalForm.read(file))
                .isInstanceOf(FormReadException.class).hasMessageContaining("bomb.xlsx")
                .hasMessageContaining("zip bomb").message().doesNotContain("Exception");
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefusedWithItsName() throws IOException {
        Path file = dir.resolve("text.xlsx");
        Files.writeString(file, "year,kommunkod\n2024,0114\n");

        assertThatThrownBy(() -> MunicipalForm.read(file))
                .isInstanceOf(FormReadException.class).hasMessageContaining("text.xlsx");
    }

    @Test
    void aTruncatedFormIsRefused() throws IOException {
        Path file = dir.resolve("cut.xlsx");
        MunicipalForm.writeFilled(file, sample());
        byte[] b = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(b, b.length / 2));

        assertThatThrownBy(() -> MunicipalForm.read(file)).isInstanceOf(FormReadException.class);
    }

    interface Edit {
        void apply(Workbook wb);
    }

    private static void edit(Path file, Edit edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            edit.apply(wb);
            wb.write(out);
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            out.writeTo(os);
        }
    }
}
