package se.hrvstat.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import se.hrvstat.result.MunicipalProfile;
import se.hrvstat.result.StatTable;

/**
 * Timing of the publications (not a unit test; run by {@code benchmarks/publish.sh}): the
 * annual report of {@link TestReports#widenedReport()}, 290 municipal profiles (21
 * counties) written by 1 thread and by {@code threads} threads, as the partitioned step does.
 * Each figure is the best of {@code repeat} rounds after one warm-up round; the one-thread
 * round is the baseline the parallel round is compared with, measured in the same process; and
 * the web edition with 290 municipal pages.
 *
 * <p>Arguments: {@code OUT_DIR [threads] [repeat]}.
 */
public final class PublicationTimingMain {

    private PublicationTimingMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/hrvstat-publish-bench");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        FactSheetWriter writer = new FactSheetWriter(Path.of("report-templates")).precompile();
        double compile = seconds(t0);
        long t1 = System.nanoTime();
        new PdfReportWriter().template(PdfReportWriter.MAIN_TEMPLATE);
        double compileReport = seconds(t1);

        List<MunicipalProfile> profiles = profiles(290);
        double report = Double.MAX_VALUE;
        double web = Double.MAX_VALUE;
        se.hrvstat.result.AnnualReport base = TestReports.widenedReport();
        se.hrvstat.result.AnnualReport withMunicipalities = new se.hrvstat.result.AnnualReport(base.year(), base.estimates(),
                base.indicators(), base.metadata(), List.of(municipalities(290)), base.createdAt(), base.level());
        se.hrvstat.publish.web.WebSiteWriter site = new se.hrvstat.publish.web.WebSiteWriter(Path.of("report-templates"));
        double profilesOne = Double.MAX_VALUE;
        double profilesMany = Double.MAX_VALUE;
        double workbook = Double.MAX_VALUE;
        double px = Double.MAX_VALUE;
        for (int round = 0; round <= repeat; round++) { // round 0 warms up
            long r = System.nanoTime();
            new PdfReportWriter().write(TestReports.widenedReport(), out.resolve("rapport-2024.pdf"));
            double rs = seconds(r);
            double p1 = sheets(profiles, out.resolve("profiler-1"), 1, (s, f) -> writer.write(s, f));
            double pn = sheets(profiles, out.resolve("profiler-n"), threads, (s, f) -> writer.write(s, f));
            long w = System.nanoTime();
            site.write(withMunicipalities, profiles, out);
            double ws = seconds(w);
            long b = System.nanoTime();
            new WorkbookWriter(Path.of("report-templates")).write(withMunicipalities, out.resolve("tabeller-2024.xlsx"));
            double bs = seconds(b);
            long x = System.nanoTime();
            new PxWriter(Path.of("report-templates")).write(withMunicipalities, out.resolve("px"));
            double xs = seconds(x);
            if (round > 0) {
                workbook = Math.min(workbook, bs);
                px = Math.min(px, xs);
                web = Math.min(web, ws);
                report = Math.min(report, rs);
                profilesOne = Math.min(profilesOne, p1);
                profilesMany = Math.min(profilesMany, pn);
            }
        }
        System.out.printf("cores\t%d%n", Runtime.getRuntime().availableProcessors());
        System.out.printf("compile municipal-profile.jrxml (once)\t%.2f s%n", compile);
        System.out.printf("compile annual-report.jrxml (once)\t%.2f s%n", compileReport);
        System.out.printf("annual report (fill + export, best of %d)\t%.2f s%n", repeat, report);
        System.out.printf("web edition with 290 municipal pages (best of %d)\t%.2f s%n", repeat, web);
        System.out.printf("workbook with a 290-municipality table (best of %d)\t%.2f s%n", repeat, workbook);
        System.out.printf("PX files (best of %d)\t%.2f s%n", repeat, px);
        System.out.printf("290 municipal profiles (2 pages), 1 thread (baseline)\t%.2f s\t%.1f ms/profile%n", profilesOne,
                1000 * profilesOne / 290);
        System.out.printf("290 municipal profiles (2 pages), %d threads\t%.2f s\t%.1f ms/profile\tspeed-up %.2f%n",
                threads, profilesMany, 1000 * profilesMany / 290, profilesOne / profilesMany);
    }

    /** Writes one sheet into a folder. */
    private interface SheetWrite<T> {
        Path write(T sheet, Path folder) throws Exception;
    }

    /**
     * {@code n} profiles in 21 counties, each with every section: persons (one in seven withheld),
     * eight efforts and the seven modelled shares, so that each runs to two pages as Malmö's does.
     */
    static List<MunicipalProfile> profiles(int n) {
        List<MunicipalProfile> profiles = new ArrayList<>();
        MunicipalProfile.Rate county = new MunicipalProfile.Rate(StatTable.Cell.of(909), StatTable.Cell.of(7.5),
                StatTable.Cell.of(7.0), StatTable.Cell.of(8.0));
        MunicipalProfile.Rate nation = new MunicipalProfile.Rate(StatTable.Cell.of(5544), StatTable.Cell.of(6.0),
                StatTable.Cell.of(5.9), StatTable.Cell.of(6.2));
        for (int i = 0; i < n; i++) {
            MunicipalProfile.Rate own = i % 7 == 0
                    ? new MunicipalProfile.Rate(StatTable.Cell.suppressed(), StatTable.Cell.suppressed(),
                            StatTable.Cell.suppressed(), StatTable.Cell.suppressed())
                    : new MunicipalProfile.Rate(StatTable.Cell.of(i % 40 + 10), StatTable.Cell.of(5 + i % 9 / 3.0),
                            StatTable.Cell.of(3 + i % 9 / 3.0), StatTable.Cell.of(8 + i % 9 / 3.0));
            List<MunicipalProfile.Effort> efforts = new ArrayList<>();
            for (int e = 0; e < 8; e++) {
                efforts.add(new MunicipalProfile.Effort("Insats " + e, e < 7, StatTable.Cell.of((i + e) % 2 * 100),
                        StatTable.Cell.of((i + e + 1) % 2 * 100), StatTable.Cell.of(40 + e), StatTable.Cell.of(50 + e)));
            }
            List<MunicipalProfile.Modelled> modelled = new ArrayList<>();
            for (int m = 0; m < 7; m++) {
                modelled.add(new MunicipalProfile.Modelled("ind" + m, "Indikator " + m, 0.05 + m / 100.0, 0.02, 0.12));
            }
            MunicipalProfile.Share share = new MunicipalProfile.Share(11, 15, 84.5);
            profiles.add(new MunicipalProfile(2024, String.format("%02d%02d", 1 + i % 21, i / 21), "Kommun " + i,
                    "Län " + (1 + i % 21), 2023, 0.95, new MunicipalProfile.Persons(own, county, nation, own), efforts,
                    new MunicipalProfile.Coverage(share, share), modelled));
        }
        return profiles;
    }

    private static <T> double sheets(List<T> sheets, Path folder, int threads, SheetWrite<T> writer)
            throws Exception {
        long t = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Path>> done = new ArrayList<>();
            int per = (sheets.size() + threads - 1) / threads;
            for (int p = 0; p < threads; p++) { // contiguous slices, as FactSheetPartitioner cuts them
                List<T> slice = sheets.subList(Math.min(sheets.size(), p * per), Math.min(sheets.size(), (p + 1) * per));
                done.add(pool.submit(() -> {
                    Path last = null;
                    for (T s : slice) {
                        last = writer.write(s, folder);
                    }
                    return last;
                }));
            }
            for (Future<Path> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return seconds(t);
    }

    /** A municipal table of {@code n} municipalities in 21 counties and the nation, three sectors. */
    static StatTable municipalities(int n) {
        List<String> stub = new ArrayList<>();
        List<List<StatTable.Cell>> cells = new ArrayList<>();
        stub.add("Riket");
        cells.add(List.of(StatTable.Cell.of(2104), StatTable.Cell.of(1032), StatTable.Cell.of(2790)));
        for (int c = 1; c <= 21; c++) {
            stub.add(String.format("%02d Län %02d", c, c));
            cells.add(List.of(StatTable.Cell.of(100 + c), StatTable.Cell.of(50 + c), StatTable.Cell.of(130 + c)));
        }
        for (int i = 0; i < n; i++) {
            int county = 1 + i % 21;
            stub.add(String.format("%02d%02d Kommun %d", county, i / 21, i));
            cells.add(List.of(StatTable.Cell.of(i % 40), i % 7 == 0 ? StatTable.Cell.suppressed() : StatTable.Cell.of(i % 13),
                    StatTable.Cell.of(i % 40 + i % 13)));
        }
        return new StatTable("kanda-personer-kommun", "Kända personer efter kommun och sektor, 2024", "Kommun", stub,
                "Sektor", List.of("Socialtjänst", "Skola", "Totalt"), cells, "antal personer", 0, "Källa: benchmark.",
                List.of());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
