package se.hrvstat.sampledata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.hrvstat.ingest.form.MunicipalForm;

/**
 * Seeded generator of the project's sample data: the youth survey (three waves), the municipal
 * mapping (two years, as CSV rows and as filled-in Excel forms), the known truth and a set of
 * deliberately broken files. Fully deterministic for a given seed and scale.
 */
public final class SampleDataGenerator {

    /** The seed of the committed sample. */
    public static final long DEFAULT_SEED = 20261125L;

    private SampleDataGenerator() {
    }

    /**
     * Generates the sample data into {@code outDir}.
     *
     * @param outDir the target folder (created if missing; generated files are overwritten)
     * @param seed   the random seed; the same seed and scale give byte-identical files
     * @param scale  1.0 gives the committed sample (about 15 000 respondents per wave); the number
     *               of schools, and so of respondents, grows in proportion
     */
    public static void generate(Path outDir, long seed, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be > 0, was " + scale);
        }
        ReferenceData ref = ReferenceData.load();
        Geography geo = new Geography(ref, seed);
        SurveyGenerator survey = new SurveyGenerator(ref, geo, seed, scale);
        List<SurveyGenerator.WaveSummary> waves = new ArrayList<>();
        for (int wave : SurveyGenerator.WAVES) {
            waves.add(survey.generateWave(wave, outDir.resolve("survey"), outDir.resolve("truth")));
        }
        MunicipalGenerator municipal = new MunicipalGenerator(ref, geo, seed);
        List<MunicipalGenerator.YearSummary> years = new ArrayList<>();
        for (int year : MunicipalGenerator.YEARS) {
            years.add(municipal.generateYear(year, outDir.resolve("municipal"), outDir.resolve("truth")));
        }
        MunicipalForm.writeBlankTemplate(outDir.resolve("forms").resolve("kartlaggning-mall.xlsx"));
        int lastWave = SurveyGenerator.WAVES[SurveyGenerator.WAVES.length - 1];
        new BrokenFiles(outDir.resolve("broken"), seed).write(outDir.resolve("survey").resolve(String.valueOf(lastWave)));
        TruthReport.write(outDir.resolve("TRUTH.md"), seed, scale, waves, years);
        MunicipalTruth.writeReadme(outDir.resolve("truth").resolve("README.md"));
    }

    public static void main(String[] args) {
        Path out = Path.of("sample-data");
        long seed = DEFAULT_SEED;
        double scale = 1.0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--help", "-h" -> {
                    System.out.println("usage: SampleDataGenerator [--out DIR] [--seed N] [--scale X]"
                            + " (defaults: sample-data, " + DEFAULT_SEED + ", 1.0)");
                    return;
                }
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; usage: --out DIR --seed N --scale X");
            }
        }
        generate(out, seed, scale);
        System.out.println("Sample data written to " + out.toAbsolutePath() + " (seed " + seed + ", scale " + scale + ")");
    }
}
