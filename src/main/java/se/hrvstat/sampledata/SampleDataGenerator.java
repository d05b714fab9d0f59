package se.hrvstat.sampledata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        for (SurveyGenerator.WaveSummary w : waves) {
            System.out.println(w.wave() + ": pop=" + w.populationStudents() + " schools=" + w.schoolsInFrame() + "/"
                    + w.schoolsSampled() + " classes=" + w.classesSampled() + " out=" + w.classesNotParticipating()
                    + " enrolledPart=" + w.enrolledInParticipatingClasses() + " resp=" + w.respondents());
            w.headline().forEach((k, v) -> System.out.printf("  %-16s %.4f %.4f %.4f%n", k, v[0], v[1], v[2]));
        }
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
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; usage: --out DIR --seed N --scale X");
            }
        }
        generate(out, seed, scale);
    }
}
