package se.hrvstat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.DisclosureFacts;
import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.StatTable.Cell;

/** The lines of a municipal profile: figures the Swedish way, a legend only for the symbols that occur. */
class ProfileLinesTest {
    private static final MunicipalProfile.Share SHARE = new MunicipalProfile.Share(11, 15, 84.46);

    private static MunicipalProfile profile(MunicipalProfile.Rate own, List<MunicipalProfile.Modelled> modelled) {
        // Västerbottens län: 147 persons, 5.5 per 10 000 (4.6-6.4); Riket 5 544, 6.0 (5.9-6.2)
        MunicipalProfile.Rate county = new MunicipalProfile.Rate(Cell.of(147), Cell.of(5.46), Cell.of(4.61), Cell.of(6.42));
        MunicipalProfile.Rate nation = new MunicipalProfile.Rate(Cell.of(5544), Cell.of(6.04), Cell.of(5.88), Cell.of(6.20));
        List<MunicipalProfile.Effort> efforts = List.of(
                new MunicipalProfile.Effort("Handlingsplan", true, Cell.of(100), Cell.of(0), Cell.of(63.64), Cell.of(52.41)),
                new MunicipalProfile.Effort("Utbildad personal", false, Cell.of(16.9), Cell.of(15.49), Cell.of(19.8),
                        Cell.of(23.7)));
        return new MunicipalProfile(2024, "2403", "Bjurholm", "Västerbottens län", 2023, 0.95,
                new MunicipalProfile.Persons(own, county, nation, own), efforts, new MunicipalProfile.Coverage(SHARE, SHARE),
                modelled);
    }

    private static MunicipalProfile profile(MunicipalProfile.Rate own, MunicipalProfile.Rate lastYear) {
        MunicipalProfile p = profile(own, List.of());
        return new MunicipalProfile(p.year(), p.code(), p.name(), p.county(), p.previousYear(), p.level(),
                new MunicipalProfile.Persons(own, p.persons().county(), p.persons().nation(), lastYear), p.efforts(),
                p.coverage(), p.modelled());
    }

    private static final MunicipalProfile.Rate PUBLISHED =
            new MunicipalProfile.Rate(Cell.of(12), Cell.of(4.83), Cell.of(2.5), Cell.of(8.44));
    private static final MunicipalProfile.Rate WITHHELD =
            new MunicipalProfile.Rate(Cell.suppressed(), Cell.suppressed(), Cell.suppressed(), Cell.suppressed());

    private static Map<String, ?> line(ProfileLines lines, String label) {
        return lines.rows().stream().filter(r -> label.equals(r.get("label"))).findFirst().orElseThrow();
    }

    @Test
    void withoutAWithheldOrMissingFigureTheProfileExplainsNoSymbol() {
        ProfileLines lines = new ProfileLines(profile(PUBLISHED, List.of()), BundledTexts.TEXTS);
        assertThat(lines.notes()).containsExactly(
                "Källa: kommunernas kartläggning av hedersrelaterat våld och förtryck 2024, Nationellt centrum mot "
                        + "hedersrelaterat våld och förtryck.");
    }

    @Test
    void aWithheldFigureBringsTheLegendOfTwoDots() {
        ProfileLines lines = new ProfileLines(profile(WITHHELD, List.of()), BundledTexts.TEXTS);
        assertThat(line(lines, "Kända personer").get("v1")).isEqualTo("..");
        assertThat(line(lines, "Konfidensintervall (95 %)").get("v1")).isEqualTo("..");
        assertThat(lines.notes()).hasSize(2).first().asString().startsWith(".. Uppgift redovisas inte");
    }

    @Test
    void underTheCellKeyMethodTheProfileCarriesTheTablesNoteWithDAndNoSuppressionLegend() {
        // disclosure.method=cellkey, D = 3: every count is published, so no ".." and no legend of it;
        // the note is the tables' municipal.note.cellkey with D = 3, before the source
        ProfileLines lines = new ProfileLines(profile(PUBLISHED, List.of())
                .withDisclosure(DisclosureFacts.cellKey(5, 10, 3)), BundledTexts.TEXTS);
        assertThat(lines.notes()).hasSize(2);
        assertThat(lines.notes().get(0)).isEqualTo(BundledTexts.TEXTS.get("municipal.note.cellkey", 3))
                .contains("högst 3").contains("0 redovisas alltid som 0").doesNotContain("..");
        assertThat(lines.notes().get(1)).startsWith("Källa:");
        assertThat(lines.intro()).contains("cell key-metoden").doesNotContain("inte redovisas");
    }

    @Test
    void underTheCellKeyMethodAWithheldRateIsExplainedByTooFewPersonsNotBySuppression() {
        // a count of 7 (published, perturbed) whose rate rests on fewer than 10 persons: ".." for the rate only
        MunicipalProfile.Rate fewPersons = new MunicipalProfile.Rate(Cell.of(7), Cell.suppressed(), Cell.suppressed(),
                Cell.suppressed());
        ProfileLines lines = new ProfileLines(profile(fewPersons, List.of())
                .withDisclosure(DisclosureFacts.cellKey(5, 10, 3)), BundledTexts.TEXTS);
        assertThat(line(lines, "Kända personer").get("v1")).isEqualTo("7");
        assertThat(line(lines, "Per 10 000 invånare").get("v1")).isEqualTo("..");
        assertThat(lines.notes()).hasSize(3);
        assertThat(lines.notes().get(1)).isEqualTo(
                ".. Uppgiften redovisas inte eftersom den bygger på för få personer (färre än 10).");
    }

    @Test
    void underSuppressionTheIntroSaysWhatIsWithheldThereIsWithheldHere() {
        ProfileLines lines = new ProfileLines(profile(PUBLISHED, List.of()), BundledTexts.TEXTS);
        assertThat(lines.intro()).isEqualTo(BundledTexts.TEXTS.get("profile.intro", 2024));
        assertThat(lines.notes()).noneMatch(n -> n.contains("cell key"));
    }

    @Test
    void figuresReadTheSwedishWayAndTheCountyIsNamedInFull() {
        ProfileLines lines = new ProfileLines(profile(PUBLISHED, List.of()), BundledTexts.TEXTS);
        Map<String, ?> count = line(lines, "Kända personer");
        assertThat(count.get("h1")).isEqualTo("Bjurholm 2024");
        assertThat(count.get("h3")).isEqualTo("Västerbottens län");
        assertThat(count.get("h2")).isEqualTo("Bjurholm 2023");
        assertThat(count.get("v4")).isEqualTo("5\u00a0544"); // space as thousands separator
        assertThat(line(lines, "Per 10 000 invånare").get("v1")).isEqualTo("4,8"); // 4.83 to one decimal
        assertThat(line(lines, "Konfidensintervall (95 %)").get("v3")).isEqualTo("4,6\u20136,4"); // 4.61-6.42
        assertThat(line(lines, "Handlingsplan").get("v1")).isEqualTo("Ja");
        assertThat(line(lines, "Handlingsplan").get("v2")).isEqualTo("Nej");
        assertThat(line(lines, "Handlingsplan").get("v3")).isEqualTo("63,6");
        assertThat(line(lines, "Utbildad personal").get("v2")).isEqualTo("15,5");
        assertThat(line(lines, "Kommuner som lämnat uppgifter").get("v3")).isEqualTo("11 av 15");
        assertThat(lines.rows()).noneMatch(r -> r.values().stream().anyMatch(v -> v == null || "null".equals(v)));
    }

    @Test
    void theModelledSharesGetTheirSectionAndSourceOnlyWhenThereAreAny() {
        ProfileLines without = new ProfileLines(profile(PUBLISHED, List.of()), BundledTexts.TEXTS);
        assertThat(without.rows()).noneMatch(r -> r.get("group").toString().contains("modellbaserad"));
        ProfileLines with = new ProfileLines(profile(PUBLISHED, List.of(
                new MunicipalProfile.Modelled("hedersnormer", "Lever med hedersnormer", 0.02634, 0.0001, 0.0784))),
                BundledTexts.TEXTS);
        Map<String, ?> norms = line(with, "Lever med hedersnormer");
        assertThat(norms.get("group")).isEqualTo("Unga och heder 2024: modellbaserad skattning, län och riket (%)");
        assertThat(norms.get("h1")).isEqualTo("Bjurholm (modell)");
        assertThat(norms.get("v1")).isEqualTo("2,6"); // 2.634 %
        assertThat(line(with, "Intervall (95 %)").get("v1")).isEqualTo("0,0\u20137,8"); // 0.01 % - 7.84 %
        assertThat(norms.get("groupNote").toString()).startsWith("Kommunens andel är en modellbaserad skattning:");
        assertThat(with.notes()).last().asString().startsWith("Källa för den modellbaserade skattningen: Unga och heder 2024");
    }

    private static final double Z = 1.959963984540054;
    private static final se.hrvstat.result.SmallAreaRule RULE = new se.hrvstat.result.SmallAreaRule(0.30, 0.50, Z);
    // Västerbottens län, hedersnormer 2024 (estimates-2024.csv, lanskod=24): 4.97 % (2.93-8.32); riket 8.49 % (7.80-9.24)
    private static final MunicipalProfile.Direct COUNTY = new MunicipalProfile.Direct(Cell.of(4.974), Cell.of(2.931),
            Cell.of(8.320));
    private static final MunicipalProfile.Direct NATION = new MunicipalProfile.Direct(Cell.of(8.491), Cell.of(7.796),
            Cell.of(9.242));

    private static ProfileLines modelled(double estimate, double low, double high, MunicipalProfile.Direct county) {
        return new ProfileLines(profile(PUBLISHED, List.of(new MunicipalProfile.Modelled("hedersnormer",
                "Lever med hedersnormer", RULE, estimate, low, high, county, NATION))), BundledTexts.TEXTS);
    }

    @Test
    void theModelledFigureStandsBesideTheCountysAndTheNationsDirectEstimatesWithTheirIntervals() {
        // (0.10 - 0.06) / 3.919928 / 0.08 = 0.1276: shown
        ProfileLines lines = modelled(0.08, 0.06, 0.10, COUNTY);
        Map<String, ?> share = line(lines, "Lever med hedersnormer");
        // county and nation under the columns they have in the sections above (3 and 4); column 2 is empty
        assertThat(share.get("h3")).isEqualTo("Västerbottens län");
        assertThat(share.get("h4")).isEqualTo("Riket");
        assertThat(List.of(share.get("v1"), share.get("v2"), share.get("v3"), share.get("v4")))
                .containsExactly("8,0", "", "5,0", "8,5");
        Map<String, ?> interval = line(lines, "Intervall (95 %)");
        assertThat(List.of(interval.get("v1"), interval.get("v3"), interval.get("v4")))
                .containsExactly("6,0\u201310,0", "2,9\u20138,3", "7,8\u20139,2");
        assertThat(lines.notes()).noneMatch(n -> n.startsWith("se intervall") || n.startsWith(".. Kommunens"));
    }

    @Test
    void aFigureBetweenTheLimitsIsShownOnlyAsItsIntervalWithTheLegendOfTheBand() {
        // (0.10 - 0.0) / 3.919928 / 0.06 = 0.4252: band
        ProfileLines lines = modelled(0.06, 0.0, 0.10, COUNTY);
        assertThat(line(lines, "Lever med hedersnormer").get("v1")).isEqualTo("se intervall");
        assertThat(line(lines, "Intervall (95 %)").get("v1")).isEqualTo("0,0\u201310,0");
        assertThat(lines.notes()).anyMatch(n -> n.startsWith("se intervall: kommunens modellbaserade andel är för osäker")
                && n.contains("mellan 30 och 50 %"));
    }

    @Test
    void aFigureAboveTheUpperLimitIsNotShownAndTheLegendSaysWhy() {
        // (0.10 - 0.0) / 3.919928 / 0.04 = 0.6378: withheld
        ProfileLines lines = modelled(0.04, 0.0, 0.10, COUNTY);
        assertThat(line(lines, "Lever med hedersnormer").get("v1")).isEqualTo("..");
        assertThat(line(lines, "Intervall (95 %)").get("v1")).isEqualTo("..");
        assertThat(lines.notes()).contains(
                ".. Kommunens modellbaserade skattning redovisas inte: den är för osäker (relativt medelfel över 50 %).");
    }

    @Test
    void anUncertainOrSuppressedCountyFigureCarriesItsSymbolAndLegend() {
        MunicipalProfile.Direct uncertain = new MunicipalProfile.Direct(
                new Cell(4.69, se.hrvstat.result.StatTable.Status.UNCERTAIN), Cell.of(1.91), Cell.of(11.09));
        ProfileLines lines = modelled(0.08, 0.06, 0.10, uncertain);
        assertThat(line(lines, "Lever med hedersnormer").get("v3")).isEqualTo("4,7*");
        assertThat(lines.notes()).anyMatch(n -> n.startsWith("* Osäker skattning"));
        MunicipalProfile.Direct suppressed = new MunicipalProfile.Direct(Cell.suppressed(), Cell.suppressed(),
                Cell.suppressed());
        ProfileLines hidden = modelled(0.08, 0.06, 0.10, suppressed);
        assertThat(line(hidden, "Lever med hedersnormer").get("v3")).isEqualTo("..");
        assertThat(line(hidden, "Intervall (95 %)").get("v3")).isEqualTo("..");
    }

    @Test
    void theChangeSinceLastYearIsPrintedWithItsSignBesideBothYears() {
        // 12 persons, 4.83 per 10 000 in 2024; 15 persons, 6.1 in 2023: 12 − 15 = −3, 4.83 − 6.1 = −1.27 → −1,3
        MunicipalProfile.Rate lastYear = new MunicipalProfile.Rate(Cell.of(15), Cell.of(6.1), Cell.of(3.4), Cell.of(10.1));
        ProfileLines lines = new ProfileLines(profile(PUBLISHED, lastYear), BundledTexts.TEXTS);
        assertThat(line(lines, "Kända personer").get("h5")).isEqualTo("Förändring sedan 2023");
        assertThat(line(lines, "Kända personer").get("v5")).isEqualTo("\u22123");
        assertThat(line(lines, "Per 10 000 invånare").get("v5")).isEqualTo("\u22121,3");
        assertThat(line(lines, "Konfidensintervall (95 %)").get("v5")).isEqualTo("");
        // share of staff trained: 16.9 − 15.49 = 1.41 → +1,4; a yes/no effort has no change
        assertThat(line(lines, "Utbildad personal").get("v5")).isEqualTo("+1,4");
        assertThat(line(lines, "Handlingsplan").get("v5")).isEqualTo("");
        // 2023 with 9 persons, 3.2: +3 and +1,6 (4.83 − 3.2 = 1.63)
        ProfileLines up = new ProfileLines(profile(PUBLISHED,
                new MunicipalProfile.Rate(Cell.of(9), Cell.of(3.2), Cell.of(1.5), Cell.of(6.1))), BundledTexts.TEXTS);
        assertThat(line(up, "Kända personer").get("v5")).isEqualTo("+3");
        assertThat(line(up, "Per 10 000 invånare").get("v5")).isEqualTo("+1,6");
    }

    @Test
    void aChangeBesideAWithheldFigureIsWithheldAndBesideAMissingYearMissing() {
        // this year published, last year withheld: the difference would give last year's figure back
        ProfileLines withheldLastYear = new ProfileLines(profile(PUBLISHED, WITHHELD), BundledTexts.TEXTS);
        assertThat(line(withheldLastYear, "Kända personer").get("v5")).isEqualTo("..");
        assertThat(line(withheldLastYear, "Per 10 000 invånare").get("v5")).isEqualTo("..");
        // this year withheld, last year published
        ProfileLines withheldNow = new ProfileLines(profile(WITHHELD, PUBLISHED), BundledTexts.TEXTS);
        assertThat(line(withheldNow, "Kända personer").get("v5")).isEqualTo("..");
        // no return last year: no change, and the legend explains "–"
        ProfileLines missing = new ProfileLines(profile(PUBLISHED, MunicipalProfile.Rate.missing()), BundledTexts.TEXTS);
        assertThat(line(missing, "Kända personer").get("v5")).isEqualTo("\u2013");
        assertThat(missing.notes()).anyMatch(n -> n.startsWith("\u2013 Uppgift saknas"));
    }
}
