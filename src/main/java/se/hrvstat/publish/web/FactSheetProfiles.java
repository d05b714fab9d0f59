package se.hrvstat.publish.web;

import java.util.List;

import se.hrvstat.publish.FactSheets;
import se.hrvstat.publish.Texts;
import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.FactSheet;

/** The municipal pages' content from the report's municipal tables, as the PDF fact sheets have it. */
final class FactSheetProfiles implements MunicipalProfiles {
    private final Texts texts;

    FactSheetProfiles(Texts texts) {
        this.texts = texts;
    }

    @Override
    public List<FactSheet> of(AnnualReport report) {
        return FactSheets.fromTables(report.year(), report.tables(), texts);
    }
}
