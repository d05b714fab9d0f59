package se.hrvstat.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import se.hrvstat.sampledata.StudentModel.Student;

/**
 * Accumulates, per municipality of the school (the {@code kommunkod} of {@code design.csv}), what
 * the school register knows of the generated population of one wave and the true values of every
 * headline indicator; writes {@code survey/<wave>/area_covariates.csv} (EXCHANGE.md 1.5) and
 * {@code truth/truth-kommun-<wave>.csv}.
 *
 * <p>No random draws: both files are counts over the students the generator has already drawn,
 * so the other files of the sample stay byte-identical. {@code share_foreign_background} is the
 * share of the municipality's students whose true background is born abroad or born in Sweden
 * with both parents born abroad ({@code born} 2 or 3 before the 0.8 % of missing answers), the
 * trait that drives the latent honour-norm score in {@link StudentModel}; a register knows it for
 * every student, respondent or not.
 */
final class MunicipalTruth {

    /** Per kommunkod: students, of whom foreign background, then per indicator numerator and denominator. */
    private final Map<String, Municipality> municipalities = new TreeMap<>();

    private static final class Municipality {
        long students;
        long foreignBackground;
        final long[] yes = new long[TruthIndicators.NAMES.size()];
        final long[] known = new long[TruthIndicators.NAMES.size()];
    }

    /** Counts one student of a school in the municipality {@code kommunkod}. */
    void add(Student st, String kommunkod) {
        Municipality m = municipalities.computeIfAbsent(kommunkod, k -> new Municipality());
        m.students++;
        if (st.trueBorn == 2 || st.trueBorn == 3) {
            m.foreignBackground++;
        }
        byte[] v = TruthIndicators.evaluate(st.q);
        for (int i = 0; i < v.length; i++) {
            if (v[i] != TruthIndicators.UNKNOWN) {
                m.known[i]++;
                if (v[i] == TruthIndicators.TRUE) {
                    m.yes[i]++;
                }
            }
        }
    }

    /** EXCHANGE.md 1.5: one row per municipality with students of the two grades, by kommunkod. */
    void writeAreaCovariates(Path file) {
        try (Csv out = Csv.open(file)) {
            out.row(ExchangeHeaders.AREA_COVARIATES);
            for (Map.Entry<String, Municipality> e : municipalities.entrySet()) {
                Municipality m = e.getValue();
                out.row(e.getKey(), String.valueOf(m.students), share(m.foreignBackground, m.students));
            }
        }
    }

    /**
     * {@code indicator,wave,kommunkod,value}: the indicator's proportion over all students of the
     * municipality's schools whose indicator is known (empty when none is), as in the national truth file.
     */
    void writeTruth(Path file, int wave) {
        try (Csv out = Csv.open(file)) {
            out.row(ExchangeHeaders.TRUTH_MUNICIPAL);
            for (int i = 0; i < TruthIndicators.NAMES.size(); i++) {
                for (Map.Entry<String, Municipality> e : municipalities.entrySet()) {
                    Municipality m = e.getValue();
                    out.row(TruthIndicators.NAMES.get(i), String.valueOf(wave), e.getKey(), share(m.yes[i], m.known[i]));
                }
            }
        }
    }

    private static String share(long count, long of) {
        return of == 0 ? "" : String.format(Locale.ROOT, "%.6f", (double) count / of);
    }

    /**
     * {@code truth/README.md}: what the municipal truth files and {@code area_covariates.csv} hold.
     * (TRUTH.md, which describes the rest, is left as it was so that every file the generator wrote
     * before these were added stays byte-identical.)
     */
    static void writeReadme(Path file) {
        String text = """
                # Municipal truth and area covariates

                Written by `se.hrvstat.sampledata.SampleDataGenerator` with the rest of the sample (see
                `../TRUTH.md` for the model); synthetic, not facts about Sweden. Both kinds of file are counts over
                the generated population of the wave (every student of every school in the frame, respondent or
                not); they use no random draws of their own.

                **`survey/<wave>/area_covariates.csv`** (EXCHANGE.md 1.5): `kommunkod,students,share_foreign_background`,
                one row per municipality that has a school of year 9 or upper-secondary year 2 in the frame (a small
                municipality without one has no row), sorted by `kommunkod`. `students` counts the students of the
                two grades in the municipality's schools in that wave; `share_foreign_background` (six decimals) is
                the share of them whose true background is `born` 2 or 3 (before the 0.8 % missing answers), which
                raises the latent risk z by 1.35 or 1.55. It follows the municipality's foreign-born share f of the
                model: born 3 with probability f (1.08 f in GY), born 2 with 0.75 f, so about 1.75-1.83 f in
                expectation.

                **`truth/truth-kommun-<wave>.csv`**: `indicator,wave,kommunkod,value`, every headline indicator of
                EXCHANGE.md 1.4 for every municipality of `area_covariates.csv`: the proportion (0-1, six decimals)
                over the students of the municipality's schools (the `kommunkod` of `design.csv`) whose indicator is
                known, with the rules of `truth/truth-<wave>.csv`; empty where no student's indicator is known
                (`sokt_hjalp`, `q15` in small municipalities). A municipal value differs from what the covariates
                predict by the county effect, 0.08 log(inhabitants / 20 000), the municipality's N(0, 0.1²) effect
                and the N(0, 0.55²) effects of its few schools: the area effect a small-area model has to estimate.
                These are the values to judge municipal estimates against.
                """;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
