package se.hrvstat.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.hrvstat.publish.KeyFindingsText;
import se.hrvstat.publish.Texts;
import se.hrvstat.publish.WebTestReports;
import se.hrvstat.result.ResponseRates;

/** The web edition as files: structure, tables, links and suppression, read with jsoup. */
class WebSiteWriterTest {
    @TempDir
    static Path year;
    static Path site;
    static List<Path> pages;

    @BeforeAll
    static void writeSite() throws IOException {
        Files.writeString(year.resolve("rapport-2024.pdf"), "pdf");
        Files.createDirectories(year.resolve("px"));
        Files.writeString(year.resolve("px").resolve("hedersnormer.px"), "px");
        site = new WebSiteWriter(Path.of("report-templates")).write(WebTestReports.widened(), WebTestReports.profiles(), year);
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Document read(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    @Test
    void theSiteHasEveryPageType() {
        assertThat(site.resolve("index.html")).exists();
        assertThat(site.resolve("indikator/hedersnormer.html")).exists();
        assertThat(site.resolve("kommun/0180.html")).exists();
        for (String f : List.of("kommuner.html", "tabeller.html", "metod.html", "nedladdning.html", "tillganglighet.html",
                "stil.css")) {
            assertThat(site.resolve(f)).exists();
        }
        assertThat(year.resolve("webb.tmp")).doesNotExist();
    }

    @Test
    void everyPageIsSwedishWithLandmarksAndOneTitle() throws IOException {
        for (Path p : pages) {
            Document d = read(p);
            assertThat(d.select("html").attr("lang")).as(p.toString()).isEqualTo("sv");
            assertThat(d.select("header")).as(p.toString()).hasSize(1);
            assertThat(d.select("nav[aria-label]")).as(p.toString()).hasSize(1);
            assertThat(d.select("main")).as(p.toString()).hasSize(1);
            assertThat(d.select("footer")).as(p.toString()).hasSize(1);
            assertThat(d.select("h1")).as(p.toString()).hasSize(1);
            assertThat(d.title()).as(p.toString()).isNotBlank();
            assertThat(d.select("script")).as(p.toString()).isEmpty();
        }
    }

    @Test
    void headingsNeverSkipALevel() throws IOException {
        for (Path p : pages) {
            int previous = 0;
            for (Element h : read(p).select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                int level = h.tagName().charAt(1) - '0';
                assertThat(level).as(p + ": " + h.text()).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
        }
    }

    @Test
    void everyTableHasACaptionAndScopedHeaders() throws IOException {
        int tables = 0;
        for (Path p : pages) {
            for (Element t : read(p).select("table")) {
                tables++;
                assertThat(t.select("caption").text()).as(p.toString()).isNotBlank();
                for (Element th : t.select("th")) {
                    assertThat(th.attr("scope")).as(p + ": " + th.text()).isIn("col", "row");
                }
                assertThat(t.select("tbody tr > th[scope=row]")).hasSameSizeAs(t.select("tbody tr"));
            }
        }
        assertThat(tables).isGreaterThan(10);
    }

    @Test
    void linksStayInsideTheSiteOrPointToTheDownloadsItShips() throws IOException {
        for (Path p : pages) {
            for (Element a : read(p).select("a[href], link[href]")) {
                String href = a.attr("href");
                assertThat(href).as(p.toString()).doesNotContain(":").doesNotStartWith("/").doesNotStartWith("//");
                String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                if (file.isEmpty()) {
                    continue;
                }
                Path target = p.getParent().resolve(file).normalize();
                assertThat(target).as(p + " links to " + href).exists();
                if (!target.startsWith(site)) {
                    assertThat(year.relativize(target).toString()).isIn("rapport-2024.pdf", "px/hedersnormer.px");
                }
            }
        }
        // the downloads page offers exactly the files that exist: the PDF and one PX file
        assertThat(read(site.resolve("nedladdning.html")).select("main a").eachAttr("href"))
                .containsExactly("../rapport-2024.pdf", "../px/hedersnormer.px");
    }

    @Test
    void numbersAreSwedishAndSymbolsAreSpeltOut() throws IOException {
        Document d = read(site.resolve("indikator/hedersnormer.html"));
        // TestReports: hedersnormer 2024, all students, p = 0.1234 -> "12,3"
        Element all = d.select("table").first();
        assertThat(all.select("tbody td").first().text()).isEqualTo("12,3");
        // n = 4512 + 300 = 4812, thousands separated by a no-break space
        assertThat(all.select("tbody td").get(2).wholeText()).isEqualTo("4\u00A0812");
        // the uncertain sex=2;grade=11 row: 9,7 with an abbr for "*"
        Element uncertain = d.select("abbr:containsOwn(*)").first();
        assertThat(uncertain.attr("title")).isEqualTo("osäker skattning");
        // the trend's lower limit -0.0012 = -0,1 percentage points, with U+2212
        assertThat(d.text()).contains("\u22120,1");
    }

    @Test
    void noSuppressedValueReachesThePage() throws IOException {
        // hedersvald 2024 sex=2 is suppressed (n 3): its row shows the symbol in every column
        Document d = read(site.resolve("indikator/hedersvald.html"));
        Element pojkar = d.select("table").get(1).select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Pojkar")).findFirst().orElseThrow();
        for (Element td : pojkar.select("td").subList(0, 2)) {
            assertThat(td.selectFirst("abbr").text()).isEqualTo("..");
            assertThat(td.ownText()).isEmpty();
        }
        // municipal profile: Upplands Väsby's 2023 count is withheld, so its page shows the symbol in
        // the last-year column (the second); its 2024 count 15 is published; the change since last year beside a
        // withheld count is withheld too (the fifth column)
        Document kommun = read(site.resolve("kommun/0114.html"));
        Element row = kommun.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals("Kända personer"))
                .findFirst().orElseThrow();
        assertThat(row.select("td").get(1).text()).startsWith("..");
        assertThat(row.select("td").get(0).text()).isEqualTo("15");
        assertThat(row.select("td").get(4).text()).startsWith("..");
        // a suppressed cell holds only the symbol and its explanation, no digit anywhere in it (text or attributes)
        for (Path p : pages) {
            for (Element abbr : read(p).select("abbr:containsOwn(..)")) {
                Element td = abbr.parent();
                assertThat(td.outerHtml()).as(p.toString()).doesNotMatch("(?s).*\\d.*");
            }
        }
    }

    @Test
    void theMunicipalIndexGroupsByCounty() throws IOException {
        Document d = read(site.resolve("kommuner.html"));
        assertThat(d.select("main h2").eachText()).contains("Stockholms län");
        assertThat(d.select("main a").eachAttr("href")).contains("kommun/0180.html", "kommun/1280.html");
    }

    @Test
    void theChartHasATextAlternativeWithItsFigures() throws IOException {
        Document d = read(site.resolve("indikator/hedersnormer.html"));
        Element svg = d.selectFirst("svg[role=img]");
        assertThat(svg.attr("aria-labelledby")).isNotBlank();
        // 2022: 0.118 -> 11,8 %; 2024: 0.1234 -> 12,3 %
        assertThat(svg.selectFirst("desc").text()).contains("2022: 11,8 %", "2024: 12,3 %");
        assertThat(d.selectFirst("figcaption").text()).isEqualTo(svg.selectFirst("desc").text());
    }

    @Test
    void theStartPageCarriesTheReportsSummaryInItsWords() throws IOException {
        // the PDF's page 1 and the start page come from one KeyFindingsText: the same headline,
        // findings and note, only the symbols of the web (U+2212) applied
        KeyFindingsText.Summary summary = KeyFindingsText.of(WebTestReports.widened(), Texts.load(Path.of("report-templates")));
        Document d = read(site.resolve("index.html"));
        assertThat(summary.findings()).isNotEmpty();
        assertThat(plain(d.select("main strong").first().text())).isEqualTo(web(summary.headline()));
        assertThat(d.select("main ul").first().select("li").eachText().stream().map(WebSiteWriterTest::plain).toList())
                .containsExactlyElementsOf(summary.findings().stream().map(WebSiteWriterTest::web).toList());
        assertThat(d.select("main p").eachText().stream().map(WebSiteWriterTest::plain).toList()).contains(web(summary.note()));
    }

    @Test
    void anIndicatorPageStatesTheDefinitionInTheReportsWordsWithTheQuestionsTexts() throws IOException {
        // TestReports: hedersnormer is "Oskuldsnorm (q03) och minst en av q01, q02, q10"; of its
        // questions only q01 has a label in the catalogue, the others are named by their code
        // (DefinitionText): the sentence definition.hedersnormer, then the questions in that order
        String sentence = Texts.load(Path.of("report-templates")).get("definition.hedersnormer");
        String expected = sentence + " Frågor: ”q03”; ”Familjen bestämmer vem jag får vara kompis med”; ”q02”; ”q10”.";
        Document d = read(site.resolve("indikator/hedersnormer.html"));
        Element heading = d.select("main h2").stream().filter(h -> h.text().equals("Definition")).findFirst().orElseThrow();
        assertThat(plain(heading.nextElementSibling().text())).isEqualTo(plain(expected));
        assertThat(d.select("main code")).isEmpty();
        // the method page gives every indicator the same words, linked to its page
        Document method = read(site.resolve("metod.html"));
        assertThat(method.select("main dd").eachText().stream().map(WebSiteWriterTest::plain).toList()).contains(plain(expected));
        assertThat(method.select("main dt a").eachAttr("href")).contains("indikator/hedersnormer.html");
        assertThat(method.select("main code")).isEmpty();
    }

    @Test
    void theMethodPageIsTheReportsMethodChapterWithItsResponseRatesAndContact() throws IOException {
        // rates of 2024: schools 8 of 10 = 80,0 %, classes 15 of 20 = 75,0 %, students 300 of 400 =
        // 75,0 %; county 01: 4 of 5 = 80,0 %, 8 of 10 = 80,0 %, 150 of 200 = 75,0 %
        Path other = year.resolve("med-svarsandelar");
        Files.createDirectories(other);
        Path withRates = new WebSiteWriter(Path.of("report-templates")).withResponseRates(List.of(
                new ResponseRates.Rate(2024, ResponseRates.Breakdown.ALL, "", 10, 8, 20, 15, 400, 300),
                new ResponseRates.Rate(2024, ResponseRates.Breakdown.COUNTY, "01", 5, 4, 10, 8, 200, 150)))
                .write(WebTestReports.widened(), WebTestReports.profiles(), other);
        Document d = read(withRates.resolve("metod.html"));
        // the headings of kvalitetsdeklaration.properties, as in the PDF
        assertThat(d.select("main h2").eachText()).contains("1 Relevans", "2 Tillförlitlighet", "4 Tillgänglighet och tydlighet",
                "Indikatorernas definitioner");
        assertThat(d.select("main h3").eachText()).contains("2.5 Bortfall", "4.5 Upplysningar");
        // every fact of the run is shown, under some heading
        assertThat(d.select("main dl.fakta dt").eachText()).containsAll(WebTestReports.widened().metadata().keySet());
        // the response rates: the waves' table, then the counties' table
        List<Element> tables = d.select("main table");
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).selectFirst("caption").text()).startsWith("Svarsandelar i enkäten");
        Element all = tables.get(0).select("tbody tr").first();
        assertThat(all.selectFirst("th").text()).isEqualTo("2024, samtliga");
        assertThat(all.select("td").eachText()).containsExactly("80,0", "75,0", "75,0", "300");
        assertThat(tables.get(1).selectFirst("caption").text()).endsWith("\u2013 Län 2024");
        assertThat(tables.get(1).select("tbody td").eachText()).containsExactly("80,0", "80,0", "75,0", "150");
        // whom to ask, under 4.5
        Element upplysningar = d.select("main h3").stream().filter(h -> h.text().equals("4.5 Upplysningar")).findFirst()
                .orElseThrow();
        Element contact = upplysningar.nextElementSiblings().select("dl.fakta").first();
        assertThat(contact.selectFirst("dt").text()).isEqualTo("Kontakt");
        assertThat(contact.selectFirst("dd").text())
                .isEqualTo("Nationellt centrum mot hedersrelaterat våld och förtryck, Länsstyrelsen Östergötland");
    }

    @Test
    void aPageExplainsExactlyTheSymbolsItShows() throws IOException {
        Texts texts = Texts.load(Path.of("report-templates"));
        int explained = 0;
        for (Path p : pages) {
            if (!p.getParent().getFileName().toString().equals("indikator") && !p.endsWith("tabeller.html")) {
                continue; // the municipal pages take their legend from the PDF profile (ProfileLines)
            }
            Document d = read(p);
            List<String> lines = d.select("main li").eachText();
            for (String[] symbol : new String[][] {{"..", "legend.suppressed"}, {"*", "legend.uncertain"}, {"\u2013", "legend.missing"}}) {
                boolean shown = !d.select("main td abbr").stream().filter(a -> a.text().equals(symbol[0])).toList().isEmpty();
                boolean legend = lines.contains(texts.get(symbol[1]));
                assertThat(legend).as(p + ": " + symbol[0] + " shown " + shown).isEqualTo(shown);
                explained += legend ? 1 : 0;
            }
        }
        assertThat(explained).isPositive();
        // TestReports: oro_tvang has one uncertain estimate (sex=3, 21,0*) and nothing withheld;
        // begransningar has neither (every row a plain estimate, no change rows): no legend at all
        List<String> oroTvang = read(site.resolve("indikator/oro_tvang.html")).select("main li").eachText();
        assertThat(oroTvang).contains(texts.get("legend.uncertain")).doesNotContain(texts.get("legend.suppressed"));
        assertThat(read(site.resolve("indikator/begransningar.html")).select("main li").eachText())
                .doesNotContain(texts.get("legend.uncertain"), texts.get("legend.suppressed"));
    }

    @Test
    void theAccessibilityStatementNamesThePublicationContact() throws IOException {
        // contact.organisation of texts.properties, contact.address empty: the organisation alone
        Document d = read(site.resolve("tillganglighet.html"));
        assertThat(d.select("main p").eachText()).anySatisfy(p -> assertThat(p).contains(
                "kontakta Nationellt centrum mot hedersrelaterat våld och förtryck, Länsstyrelsen Östergötland. Vi svarar"));
        assertThat(d.text().toLowerCase(java.util.Locale.ROOT)).doesNotContain("placeholder").doesNotContain("todo")
                .doesNotContain("example");
    }

    /** Spaces of any kind as one plain space (jsoup's text and the bundle differ in no-break spaces). */
    private static String plain(String s) {
        return s.replaceAll("[\\s\u00A0\u202F]+", " ").trim();
    }

    /** A sentence of the report as the web prints it: plain spaces, a minus sign before numbers. */
    private static String web(String s) {
        return plain(s).replaceAll("(^|[ (])-(?=\\d)", "$1\u2212");
    }
}
