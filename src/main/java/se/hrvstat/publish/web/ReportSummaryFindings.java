package se.hrvstat.publish.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.hrvstat.publish.PdfReportWriter;
import se.hrvstat.publish.ReportData;
import se.hrvstat.result.AnnualReport;

/** The key figures of the PDF report's title page, line by line: the same sentences as the report. */
final class ReportSummaryFindings implements KeyFindings.Source {
    private final PdfReportWriter pdf;

    ReportSummaryFindings(Path templatesDir) {
        this.pdf = new PdfReportWriter(templatesDir);
    }

    @Override
    public KeyFindings of(AnnualReport report) {
        ReportData data = new ReportData(report);
        int wave = data.latestWave().orElse(report.year());
        Integer previous = data.previousWave(wave).orElse(null);
        String[] lines = pdf.keyFigures(data, wave, previous).split("\n");
        List<String> findings = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            findings.add(lines[i].replaceFirst("^\u2022\\s*", ""));
        }
        return new KeyFindings(lines[0], findings);
    }
}
