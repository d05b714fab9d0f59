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

import se.hrvstat.indicator.IndicatorCatalogue;
import se.hrvstat.publish.EstimatesCsvWriter;
import se.hrvstat.publish.PdfReportWriter;
import se.hrvstat.publish.PxWriter;
import se.hrvstat.publish.WorkbookWriter;
import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.EstimateRow;
import se.hrvstat.result.IndicatorInfo;
import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.InputFileStore;

/**
 * Publishes the year's estimates into {@code OUT/<year>/}: the estimates CSV, the workbook,
 * the PDF report and the PX files for PxWeb ({@code px/}). Each file is written under a temporary name and renamed when complete.
 */
class PublishTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(PublishTasklet.class);
    private final RunParameters run;
    private final EstimateStore estimates;
    private final InputFileStore files;
    private final PipelineSettings settings;
    private final MunicipalPublication municipal;

    PublishTasklet(RunParameters run, EstimateStore estimates, InputFileStore files, PipelineSettings settings,
                   MunicipalPublication municipal) {
        this.run = run;
        this.estimates = estimates;
        this.files = files;
        this.settings = settings;
        this.municipal = municipal;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
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
        AnnualReport report = new AnnualReport(year, rows, indicators, metadata(), municipal.tables(year), Instant.now());
        try {
            new EstimatesCsvWriter().write(rows, folder.resolve("estimates-" + year + ".csv"));
            new WorkbookWriter().write(report, folder.resolve("tabeller-" + year + ".xlsx"));
            new PdfReportWriter(settings.templatesDir()).write(report, folder.resolve("rapport-" + year + ".pdf"));
            new PxWriter().write(report, folder.resolve("px"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the publications into " + folder, e);
        }
        contribution.incrementWriteCount(rows.size());
        LOG.info("published {} estimates into {}", rows.size(), folder);
        return RepeatStatus.FINISHED;
    }

    /**
     * One line per wave and per municipal year: each file's rows and rejects and the start of
     * its SHA-256 checksum, so that every figure can be traced to its input files.
     */
    private void inputSummary(Map<String, String> facts) {
        Map<String, List<String>> byPeriod = new java.util.TreeMap<>();
        Map<String, int[]> forms = new java.util.TreeMap<>();
        for (InputFileStore.Registered file : files.all()) {
            if (file.rowsStaged() == null || file.period() > run.year()) {
                continue;
            }
            boolean survey = List.of("design", "responses", "population").contains(file.kind());
            String label = (survey ? "Indata, enkäten " : "Indata, kartläggningen ") + file.period();
            int rejected = file.rowsRejected() == null ? 0 : file.rowsRejected();
            if ("form".equals(file.kind())) {
                int[] sum = forms.computeIfAbsent(label, k -> new int[3]);
                sum[0]++;
                sum[1] += file.rowsStaged();
                sum[2] += rejected;
                continue;
            }
            byPeriod.computeIfAbsent(label, k -> new java.util.ArrayList<>())
                    .add(Path.of(file.path()).getFileName() + ": " + file.rowsStaged() + " rader"
                            + (rejected > 0 ? " (" + rejected + " avvisade)" : "") + ", SHA-256 "
                            + file.checksum().substring(0, 12));
        }
        forms.forEach((label, sum) -> byPeriod.computeIfAbsent(label, k -> new java.util.ArrayList<>())
                .add(sum[0] + " Excelblanketter: " + sum[1] + " rader" + (sum[2] > 0 ? " (" + sum[2] + " avvisade)" : "")));
        byPeriod.forEach((label, lines) -> facts.put(label, String.join("; ", lines)));
    }

    private Map<String, String> metadata() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Referensår", Integer.toString(run.year()));
        facts.put("Programversion", Version.current());
        facts.put("Vikter", "Designvikter (N_h/n_h)·(M_hi/m_hi); bortfallsjustering inom klass (inskrivna/svarande), "
                + "inom skola (klasser som inte deltog bärs av skolans övriga klasser) och inom stratum (skolor som "
                + "inte deltog bärs av stratumets övriga skolor); därefter räfsning (raking) till registrets antal elever "
                + "per län och årskurs och till registrets könsfördelning inom årskurs, tillämpad som andelar bland dem "
                + "som svarat flicka eller pojke (övriga kalibreras bara mot län och årskurs)");
        facts.putAll(estimates.facts(run.year()));
        facts.put("Variansskattning", "Taylorlinjärisering, stratifierat tvåstegsurval (skolor inom strata, klasser "
                + "inom skolor) med ändlighetskorrektion i båda stegen, på kalibreringens residualer (Deville & Särndal "
                + "1992), som R-paketet survey");
        facts.put("Konfidensintervall", "95 %, " + settings.intervalMethod() + "-metoden (Korn–Graubard vid 0 och 1)");
        facts.put("Röjandekontroll", "Skattningar på färre än " + settings.minNPublished()
                + " svarande publiceras inte; färre än " + settings.minNReliable()
                + " svarande eller relativt medelfel över " + Math.round(100 * settings.maxRse()) + " % markeras osäkra");
        inputSummary(facts);
        return facts;
    }
}
