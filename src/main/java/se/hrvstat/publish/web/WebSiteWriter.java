package se.hrvstat.publish.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import se.hrvstat.publish.KeyFindingsText;
import se.hrvstat.publish.MethodChapter;
import se.hrvstat.publish.PublicationContact;
import se.hrvstat.publish.ReportData;
import se.hrvstat.publish.SwedishFormat;
import se.hrvstat.publish.Texts;
import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.ResponseRates;
import se.hrvstat.result.IndicatorInfo;

/**
 * The web edition: a static Swedish site in {@code <year folder>/webb/} made of plain HTML, one
 * style sheet and inline SVG; no script, no request outside the site; it works from the file
 * system and from any web server. Made from the same {@link AnnualReport} as the PDF, with the
 * words of {@code report-templates/} ({@code texts.properties} and {@code web.properties}).
 * Written into a temporary folder and renamed when complete.
 */
public final class WebSiteWriter {
    /** The site's folder inside the year's folder. */
    public static final String FOLDER = "webb";
    private final Path templatesDir;
    private final List<ResponseRates.Rate> responseRates;

    /** A writer with the words of {@code templatesDir} (else those inside the jar). */
    public WebSiteWriter(Path templatesDir) {
        this(templatesDir, List.of());
    }

    private WebSiteWriter(Path templatesDir, List<ResponseRates.Rate> responseRates) {
        this.templatesDir = templatesDir;
        this.responseRates = List.copyOf(responseRates);
    }

    /** A writer that shows {@code rates} on the method page, as the PDF's method chapter does. */
    public WebSiteWriter withResponseRates(List<ResponseRates.Rate> rates) {
        return new WebSiteWriter(templatesDir, rates);
    }

    /**
     * Writes the site into {@code yearFolder/webb/}, linking to the downloads found in
     * {@code yearFolder}, with one page per municipal profile (the profiles of the PDF fact
     * sheets); returns the site's folder.
     */
    public Path write(AnnualReport report, List<MunicipalProfile> profiles, Path yearFolder) throws IOException {
        WebTexts w = WebTexts.load(templatesDir);
        Texts texts = Texts.load(templatesDir);
        Path site = yearFolder.resolve(FOLDER);
        Path tmp = yearFolder.resolve(FOLDER + ".tmp");
        deleteTree(tmp);
        Files.createDirectories(tmp.resolve("indikator"));
        Files.createDirectories(tmp.resolve("kommun"));
        int year = report.year();
        ReportData data = new ReportData(report);
        int wave = data.latestWave().orElse(year);
        String level = SwedishFormat.levelPercent(report.level());
        List<IndicatorInfo> indicators = data.mainIndicators().stream()
                .filter(i -> report.estimates().stream().anyMatch(r -> r.indicator().equals(i.name()))).toList();
        copy("stil.css", tmp);
        IndicatorPage indicatorPage = new IndicatorPage(w, texts);
        for (IndicatorInfo info : indicators) {
            write(tmp, w, year, IndicatorPage.file(info), data.label(info.name()), indicatorPage.html(data, info, wave, level));
        }
        MunicipalPages municipal = new MunicipalPages(w, texts);
        for (MunicipalProfile p : profiles) {
            write(tmp, w, year, MunicipalPages.file(p), p.name(), municipal.page(p));
        }
        write(tmp, w, year, "kommuner.html", w.raw("web.municipalities.title", year), municipal.index(profiles, year));
        write(tmp, w, year, "tabeller.html", w.raw("web.tables.title", year), municipal.tables(report.tables(), year));
        SitePages pages = new SitePages(w);
        write(tmp, w, year, "index.html", w.raw("web.start.title", year), pages.start(KeyFindingsText.of(report, texts), indicators, data, year));
        write(tmp, w, year, "metod.html", w.raw("web.method.title"), new MethodPage(w, texts).html(
                MethodChapter.lines(templatesDir, report.metadata(), level, responseRates, texts), indicators, data));
        write(tmp, w, year, "nedladdning.html", w.raw("web.downloads.title", year), pages.downloads(downloads(yearFolder, year)));
        write(tmp, w, year, "tillganglighet.html", w.raw("web.a11y.title"), pages.accessibility(report, PublicationContact.of(texts)));
        deleteTree(site);
        Files.move(tmp, site, StandardCopyOption.ATOMIC_MOVE);
        return site;
    }

    /** The publications of the year's folder that the site offers, in the order of {@code web.downloads}: file names relative to the year's folder. */
    static List<String> downloads(Path yearFolder, int year) throws IOException {
        List<String> files = new ArrayList<>();
        for (String name : List.of("rapport-" + year + ".pdf", "tabeller-" + year + ".xlsx", "estimates-" + year + ".csv",
                "sae-" + year + ".csv")) {
            if (Files.isRegularFile(yearFolder.resolve(name))) {
                files.add(name);
            }
        }
        Path px = yearFolder.resolve("px");
        if (Files.isDirectory(px)) {
            try (Stream<Path> s = Files.list(px)) {
                s.filter(p -> p.getFileName().toString().endsWith(".px")).map(p -> "px/" + p.getFileName()).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static void write(Path site, WebTexts w, int year, String file, String title, String main) throws IOException {
        Files.writeString(site.resolve(file), Page.of(w, year, file, title, main), StandardCharsets.UTF_8);
    }

    private static void copy(String resource, Path site) throws IOException {
        try (var in = WebSiteWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " beside " + WebSiteWriter.class.getName());
            }
            Files.copy(in, site.resolve(resource), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
