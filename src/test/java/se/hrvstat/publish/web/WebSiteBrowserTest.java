package se.hrvstat.publish.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import se.hrvstat.publish.WebTestReports;
import se.hrvstat.result.ResponseRates;

/**
 * The web edition in a real browser: Debian's chromium driven by its chromium-driver, axe-core
 * on every page type (0 violations of WCAG 2.1 A and AA), a keyboard walk of the start page,
 * reflow at 360 px and at 200 % zoom, and screenshots at 1280 and 360 px and at 200 % zoom kept in
 * {@code target/web-screenshots/}. Skipped where the browser is not installed. With
 * {@code -Dhrvstat.web.site=OUT/<year>/webb} the same checks run on a site a run wrote (its
 * screenshots in {@code target/web-screenshots-site/}).
 */
class WebSiteBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A site already written (e.g. by a run on the sample data) to check instead of the test's own: {@code -Dhrvstat.web.site=OUT/2024/webb}. */
    static final String SITE_PROPERTY = "hrvstat.web.site";
    static final Path SHOTS = System.getProperty(SITE_PROPERTY) == null ? Path.of("target", "web-screenshots")
            : Path.of("target", "web-screenshots-site");
    static final List<String> PAGE_TYPES = List.of("index.html", "indikator/hedersnormer.html", "kommuner.html",
            "kommun/0180.html", "tabeller.html", "metod.html", "nedladdning.html", "tillganglighet.html");
    static ChromeDriver driver;
    static Path site;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no browser: run `apt-get install -y chromium chromium-driver`, then "
                        + "`mvn test -Dtest=WebSiteBrowserTest` (needs /usr/bin/chromium and /usr/bin/chromedriver)");
        Path year = Path.of("target", "web-browser-test", "2024");
        Files.createDirectories(year.resolve("px"));
        Files.writeString(year.resolve("rapport-2024.pdf"), "pdf");
        Files.writeString(year.resolve("px").resolve("hedersnormer.px"), "px");
        site = System.getProperty(SITE_PROPERTY) != null ? Path.of(System.getProperty(SITE_PROPERTY)).toAbsolutePath()
                : new WebSiteWriter(Path.of("report-templates")).withResponseRates(List.of(
                        new ResponseRates.Rate(2024, ResponseRates.Breakdown.ALL, "", 10, 8, 20, 15, 400, 300),
                        new ResponseRates.Rate(2024, ResponseRates.Breakdown.GRADE, "9", 5, 4, 10, 7, 200, 140),
                        new ResponseRates.Rate(2024, ResponseRates.Breakdown.COUNTY, "01", 5, 4, 10, 8, 200, 150)))
                .write(WebTestReports.widened(), WebTestReports.profiles(), year).toAbsolutePath();
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("hrvstat-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--lang=sv-SE");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void open(String page) {
        driver.get(site.resolve(page).toUri().toString());
    }

    @Test
    void everyPageTypeHasNoAxeViolationsOfWcag21AAndAA() {
        StringBuilder found = new StringBuilder();
        for (String page : PAGE_TYPES) {
            driver.manage().window().setSize(new Dimension(1280, 900));
            open(page);
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
            for (Rule v : results.getViolations()) {
                found.append(page).append(": ").append(v.getId()).append(" ").append(v.getHelp()).append(" ")
                        .append(v.getNodes().stream().map(n -> n.getTarget().toString()).limit(3).toList()).append('\n');
            }
            System.out.println("axe " + page + ": " + results.getPasses().size() + " rules passed, "
                    + results.getViolations().size() + " violations");
        }
        assertThat(found.toString()).isEmpty();
    }

    @Test
    void theTabKeyReachesEveryLinkOfTheStartPage() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        open("index.html");
        JavascriptExecutor js = driver;
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) js.executeScript("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
        Set<String> reached = new LinkedHashSet<>();
        Actions keys = new Actions(driver);
        for (int i = 0; i < links.size() + 5; i++) {
            keys.sendKeys(Keys.TAB).perform();
            Object href = js.executeScript("var e = document.activeElement; return e && e.href ? e.href : null;");
            if (href != null) {
                reached.add(href.toString());
            }
        }
        assertThat(reached).containsAll(links);
        // the first Tab lands on the skip link to the main content
        open("index.html");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(js.executeScript("return document.activeElement.getAttribute('href');")).isEqualTo("#innehall");
    }

    @Test
    void pagesReflowAt360PixelsAndScreenshotsAreKept() throws IOException {
        for (int width : new int[] {1280, 360}) {
            for (String page : PAGE_TYPES) {
                driver.manage().window().setSize(new Dimension(width, 900));
                open(page);
                JavascriptExecutor js = driver;
                long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
                long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
                long clientWidth = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
                Object wide = js.executeScript("var w = document.documentElement.clientWidth; return Array.from("
                        + "document.querySelectorAll('body *')).filter(e => !e.closest('.tabell') && e.getBoundingClientRect().right > w + 1)"
                        + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');");
                assertThat(scrollWidth).as(page + " at " + width + " px scrolls sideways: " + wide).isLessThanOrEqualTo(clientWidth);
                driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 6000)));
                Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
                String name = page.replace('/', '-').replace(".html", "") + "-" + width + ".png";
                Files.copy(shot, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(Files.list(SHOTS).map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
                .contains("index-1280.png", "index-360.png", "kommun-0180-360.png");
    }

    /** Elements (outside the tables' own scrolling regions and the visually hidden texts) that reach past the viewport or cut their content off. */
    private static final String CLIPPED = "var w = window.innerWidth; return Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => !e.closest('.tabell') && !e.closest('.vh') && !e.closest('.skip') && e.getClientRects().length > 0)"
            + ".filter(e => { var r = e.getBoundingClientRect(); var s = getComputedStyle(e);"
            + " var cuts = /hidden|clip/.test(s.overflowX) && e.scrollWidth > e.clientWidth + 1;"
            + " return r.right > w + 1 || r.left < -1 || cuts; })"
            + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');";

    @Test
    void pagesReflowAt200PercentZoomWithoutScrollingSidewaysOrClipping() throws IOException {
        // 200 % zoom of a 1280 px wide window: Chrome lays the page out in 1280 / 2 = 640 CSS px at
        // two device pixels per CSS pixel (WCAG 2.1, 1.4.4 and 1.4.10), which the DevTools protocol
        // emulates exactly
        try {
            for (String page : PAGE_TYPES) {
                zoom(900);
                open(page);
                JavascriptExecutor js = driver;
                long innerWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
                assertThat(innerWidth).isEqualTo(640);
                assertThat(((Number) js.executeScript("return window.devicePixelRatio;")).doubleValue()).isEqualTo(2.0);
                long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
                assertThat(scrollWidth).as(page + " at 200 % scrolls sideways: " + js.executeScript(CLIPPED))
                        .isLessThanOrEqualTo(innerWidth);
                assertThat(js.executeScript(CLIPPED)).as(page + " at 200 %: content cut off or outside the viewport").isEqualTo("");
                long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
                zoom((int) Math.min(height, 3000));
                Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
                Files.copy(shot, SHOTS.resolve(page.replace('/', '-').replace(".html", "") + "-zoom200.png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(SHOTS.resolve("indikator-hedersnormer-zoom200.png")).exists();
    }

    /** A 1280 px window at 200 %: 640 CSS px wide, {@code height} CSS px high, two device pixels per CSS pixel. */
    private static void zoom(int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 640, "height", height, "deviceScaleFactor", 2, "mobile", false));
    }
}
