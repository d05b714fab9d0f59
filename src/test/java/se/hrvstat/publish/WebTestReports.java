package se.hrvstat.publish;

import java.util.List;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.StatTable;

/** {@link TestReports} for the web edition's tests in {@code publish.web}. */
public final class WebTestReports {
    private WebTestReports() {
    }

    /** Two waves, every breakdown, suppressed and uncertain cells, two municipal tables. */
    public static AnnualReport widened() {
        return TestReports.widenedReport();
    }

    /**
     * The profiles of the municipalities of {@link TestReports#municipalTable()} that returned
     * (Kiruna did not): their totals as persons (15, 349, 181); Upplands Väsby's 2023 count is
     * withheld (a count of 1–4), so its last-year column is "..". Rates and intervals invented.
     */
    public static List<MunicipalProfile> profiles() {
        MunicipalProfile.Rate stockholmsLan = rate(1294, 6.4, 6.1, 6.8);
        MunicipalProfile.Rate skane = rate(909, 6.3, 5.9, 6.7);
        MunicipalProfile.Rate nation = rate(5544, 6.0, 5.8, 6.2);
        MunicipalProfile.Rate withheld = new MunicipalProfile.Rate(StatTable.Cell.suppressed(), StatTable.Cell.suppressed(),
                StatTable.Cell.suppressed(), StatTable.Cell.suppressed());
        return List.of(
                profile("0114", "Upplands Väsby", "Stockholms län",
                        new MunicipalProfile.Persons(rate(15, 3.2, 1.8, 5.3), stockholmsLan, nation, withheld)),
                profile("0180", "Stockholm", "Stockholms län",
                        new MunicipalProfile.Persons(rate(349, 3.5, 3.1, 3.9), stockholmsLan, nation, rate(331, 3.3, 3.0, 3.7))),
                profile("1280", "Malmö", "Skåne län",
                        new MunicipalProfile.Persons(rate(181, 5.0, 4.3, 5.8), skane, nation, rate(170, 4.8, 4.1, 5.5))));
    }

    private static MunicipalProfile profile(String code, String name, String county, MunicipalProfile.Persons persons) {
        List<MunicipalProfile.Effort> efforts = List.of(
                new MunicipalProfile.Effort("Handlingsplan", true, StatTable.Cell.of(100), StatTable.Cell.of(0),
                        StatTable.Cell.of(61.5), StatTable.Cell.of(58.2)),
                new MunicipalProfile.Effort("Utbildad personal (%)", false, StatTable.Cell.of(12.5), StatTable.Cell.missing(),
                        StatTable.Cell.of(9.8), StatTable.Cell.of(10.4)));
        MunicipalProfile.Coverage coverage = new MunicipalProfile.Coverage(new MunicipalProfile.Share(22, 26, 91.3),
                new MunicipalProfile.Share(252, 290, 90.1));
        return new MunicipalProfile(2024, code, name, county, 2023, 0.95, persons, efforts, coverage, List.of());
    }

    private static MunicipalProfile.Rate rate(double persons, double rate, double low, double high) {
        return new MunicipalProfile.Rate(StatTable.Cell.of(persons), StatTable.Cell.of(rate), StatTable.Cell.of(low),
                StatTable.Cell.of(high));
    }
}
