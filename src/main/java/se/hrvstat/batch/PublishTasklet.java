package se.hrvstat.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.hrvstat.batch.ops.StopCheck;
import se.hrvstat.indicator.IndicatorCatalogue;
import se.hrvstat.publish.EstimatesCsvWriter;
import se.hrvstat.publish.MethodText;
import se.hrvstat.publish.PdfReportWriter;
import se.hrvstat.publish.PxWriter;
import se.hrvstat.publish.SaeCsvWriter;
import se.hrvstat.publish.SaePxWriter;
import se.hrvstat.publish.SmallAreaChapter;
import se.hrvstat.publish.WorkbookWriter;
import se.hrvstat.publish.web.WebSiteWriter;
import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.IndicatorInfo;
import se.hrvstat.result.MethodFacts;
import se.hrvstat.result.ReferenceLists;
import se.hrvstat.result.SmallAreaFit;
import se.hrvstat.result.SmallAreaRow;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.SmallAreaStore;

/**
 * Publishes the year's estimates into {@code OUT/<year>/}: the estimates CSV, the workbook,
 * the PDF report and the PX files for PxWeb ({@code px/}). Each file is written under a temporary name and renamed when complete.
 */
class PublishTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(PublishTasklet.class);
    private final RunParameters run;
    private final EstimateStore estimates;
    private final MethodFactsSource method;
    private final PipelineSettings settings;
    private final MunicipalPublication municipal;
    private final StopCheck stop;
    private final SmallAreaStore smallAreas;
    private final FactSheetSource profiles;

    PublishTasklet(RunParameters run, EstimateStore estimates, MethodFactsSource method, PipelineSettings settings,
                   MunicipalPublication municipal, StopCheck stop, SmallAreaStore smallAreas, FactSheetSource profiles) {
        this.smallAreas = smallAreas;
        this.profiles = profiles;
        this.run = run;
        this.estimates = estimates;
        this.method = method;
        this.settings = settings;
        this.municipal = municipal;
        this.stop = stop;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        // a stop asked for before the step began ends it at once, before the seconds of loading the
        // estimates and protecting the municipal tables
        if (stop.stopHere(contribution)) {
            return RepeatStatus.FINISHED;
        }
        int year = run.year();
        Path folder = run.out().resolve(Integer.toString(year));
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + folder, e);
        }
        List<EstimateRow> rows = estimates.load(year);
        IndicatorCatalogue catalogue = EstimateTasklet.catalogue(settings);
        List<IndicatorInfo> indicators = catalogue.indicators().stream()
                .map(i -> new IndicatorInfo(i.name(), i.label(), i.definition())).toList();
        MethodFacts facts = method.facts(year);
        AnnualReport report = new AnnualReport(year, rows, indicators,
                MethodText.of(facts, settings.templatesDir()), municipal.tables(year), Instant.now(),
                settings.level());
        // between the publications a stop ends the step STOPPED; a restart writes them all again
        try {
            timed("estimates CSV", () -> new EstimatesCsvWriter().write(rows, folder.resolve("estimates-" + year + ".csv")));
            SmallAreaChapter chapter = writeSmallAreas(year, folder, catalogue);
            if (stop.stopHere(contribution)) {
                return RepeatStatus.FINISHED;
            }
            timed("workbook", () -> new WorkbookWriter(settings.templatesDir()).withSmallAreas(chapter)
                    .write(report, folder.resolve("tabeller-" + year + ".xlsx")));
            if (stop.stopHere(contribution)) {
                return RepeatStatus.FINISHED;
            }
            timed("report", () -> new PdfReportWriter(settings.templatesDir()).withResponseRates(facts.responseRates())
                    .withSmallAreas(chapter).write(report, folder.resolve("rapport-" + year + ".pdf")));
            if (stop.stopHere(contribution)) {
                return RepeatStatus.FINISHED;
            }
            timed("PX files", () -> new PxWriter(settings.templatesDir()).write(report, folder.resolve("px")));
            timed("web edition", () -> new WebSiteWriter(settings.templatesDir()).withResponseRates(facts.responseRates())
                    .write(report, profiles.sheets(year), folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the publications into " + folder, e);
        }
        contribution.incrementWriteCount(rows.size());
        LOG.info("published {} estimates into {}", rows.size(), folder);
        return RepeatStatus.FINISHED;
    }

    /** A publication's writing. */
    private interface Publication {
        void write() throws IOException;
    }

    /** Writes one publication and logs how long it took (read by the end-to-end timings, docs/benchmarks.md). */
    private static void timed(String what, Publication publication) throws IOException {
        long start = System.nanoTime();
        publication.write();
        LOG.info("{} written in {} ms", what, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * {@code sae-<year>.csv} where the estimate step made small-area estimates (the wave delivered
     * covariates): the rows of the indicators still in the catalogue and in {@code small-area.indicators}.
     */
    private SmallAreaChapter writeSmallAreas(int year, Path folder, IndicatorCatalogue catalogue) throws IOException {
        SmallAreaConfig config = SmallAreaConfig.load(settings);
        List<String> wanted = config.indicators().stream()
                .filter(name -> catalogue.find(name).isPresent()).toList();
        List<SmallAreaFit> fits = smallAreas.fits(year).stream().filter(f -> wanted.contains(f.indicator())).toList();
        if (fits.isEmpty()) {
            return SmallAreaChapter.none();
        }
        List<SmallAreaRow> rows = smallAreas.rows(year).stream().filter(r -> wanted.contains(r.indicator())).toList();
        new SaeCsvWriter().write(rows, fits.get(0).covariateNames(), folder.resolve("sae-" + year + ".csv"));
        Map<String, String> labels = new LinkedHashMap<>();
        catalogue.indicators().forEach(i -> labels.put(i.name(), i.label()));
        new SaePxWriter(settings.templatesDir()).write(year, rows, labels, ReferenceLists.standard().municipalities(),
                settings.level(), Instant.now(), config.rule(settings.level()),
                folder.resolve("px").resolve("sae-" + year + ".px"));
        ReferenceLists lists = ReferenceLists.standard();
        return new SmallAreaChapter(year, fits, rows, labels, lists.municipalities(), lists::countyOf,
                config.rule(settings.level()));
    }
}
