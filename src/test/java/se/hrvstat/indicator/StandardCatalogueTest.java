package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue in jobs/indicators.ini against five hand-computed respondents. */
class StandardCatalogueTest {

    private static final double N = Double.NaN;
    private static final int M = Codes.MISSING;

    // Items q01 ... q16 per respondent (1 yes, 2 no, 8/9 missing, M empty = not asked).
    private static final int[][] RESPONDENTS = {
        //  q01 q02 q03 q04 q05 q06 q07 q08 q09 q10 q11 q12 q13 q14 q15 q16
        {1, 2, 1, 1, 1, 2, 2, 2, 2, 2, 1, 2, 2, 2, 1, 1},  // R1
        {9, 9, 2, 2, 2, 2, 2, 9, 2, 9, 2, 2, 2, 2, M, 2},  // R2
        {9, 2, 1, 1, 2, 2, 2, 9, 2, 9, 1, 2, 2, 9, 2, 8},  // R3
        {1, 2, 8, 9, 9, 9, 9, 9, 2, 2, 2, 2, 2, 1, 9, 1},  // R4
        {2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 9, 2, 2, 2, 1, 1},  // R5
    };

    private static IndicatorCatalogue catalogue;
    private static Map<String, int[]> columns;

    @BeforeAll
    static void readTheCatalogueAndTheRespondents() throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("jobs/indicators.ini"), StandardCharsets.UTF_8)) {
            catalogue = IndicatorCatalogue.parse(in, "jobs/indicators.ini");
        }
        columns = new HashMap<>();
        for (int item = 0; item < 16; item++) {
            int[] col = new int[RESPONDENTS.length];
            for (int r = 0; r < RESPONDENTS.length; r++) {
                col[r] = RESPONDENTS[r][item];
            }
            columns.put(String.format("q%02d", item + 1), col);
        }
    }

    private static double[] evaluate(String name) {
        return catalogue.find(name).orElseThrow().evaluate(columns, RESPONDENTS.length);
    }

    @Test
    void theCatalogueListsTheStandardIndicatorsAndEveryItemInFileOrder() {
        List<String> names = catalogue.indicators().stream().map(Indicator::name).toList();
        assertThat(names).startsWith("hedersnormer", "begransningar", "hedersvald", "oro_tvang",
                "oro_bortforande", "sokt_hjalp", "vet_hjalp", "q01", "q02").endsWith("q16").hasSize(23);
        assertThat(catalogue.indicators()).allSatisfy(i -> assertThat(i.version()).isEqualTo(1));
    }

    @Test
    void everyIndicatorHasASwedishLabelADefinitionAndTheDefaultBreakdowns() {
        Indicator h = catalogue.find("hedersnormer").orElseThrow();
        assertThat(h.label()).isEqualTo("Lever med hedersnormer");
        assertThat(h.definition()).isEqualTo("q03 and (q01 or q02 or q10)");
        assertThat(h.population()).isEmpty();
        assertThat(h.breakdowns()).containsExactly("sex", "grade", "born", "disability", "lgbtq",
                "lanskod", "sex x grade");
    }

    @Test
    void hedersnormerIsQ03AndAnyOfQ01Q02Q10() {
        // R1: T and (T or F or F) = T;  R2: q03 F -> F;  R3: T and (U or F or U) = U
        // R4: q03 U and (T ..) = U;     R5: T and (F or F or F) = F
        assertThat(evaluate("hedersnormer")).containsExactly(1.0, 0.0, N, N, 0.0);
    }

    @Test
    void begransningarIsAtLeastTwoOfQ04ToQ08() {
        // R1: q04,q05 true -> T;  R2: 0 true, 4 false > 3 -> F;  R3: 1 true, 3 false, 1 unknown -> U
        // R4: all unknown -> U;   R5: 5 false -> F
        assertThat(evaluate("begransningar")).containsExactly(1.0, 0.0, N, N, 0.0);
    }

    @Test
    void hedersvaldUsesHedersnormerAndQ11ToQ13() {
        // R1: T and (T) = T;  R2: F and .. = F;  R3: U and (T or F or F = T) = U
        // R4: U and (F or F or F = F) = F;  R5: F and (U ..) = F
        assertThat(evaluate("hedersvald")).containsExactly(1.0, 0.0, N, 0.0, 0.0);
        assertThat(catalogue.find("hedersvald").orElseThrow().variables())
                .containsExactly("q01", "q02", "q03", "q10", "q11", "q12", "q13");
    }

    @Test
    void theFearIndicatorsAreTheirItems() {
        // oro_tvang = q10: 2, 9, 9, 2, 2;  oro_bortforande = q14: 2, 2, 9, 1, 2
        assertThat(evaluate("oro_tvang")).containsExactly(0.0, N, N, 0.0, 0.0);
        assertThat(evaluate("oro_bortforande")).containsExactly(0.0, 0.0, N, 1.0, 0.0);
    }

    @Test
    void soktHjalpIsCountedOnlyAmongTheExposed() {
        // population q11 or q12 or q13 or q14: R1 T, R2 F, R3 T, R4 T (q14), R5 U (q11 = 9)
        // R1: q15 = 1 -> 1;  R2: outside -> NaN;  R3: q15 = 2 -> 0;  R4: q15 = 9 -> NaN
        // R5: q15 = 1 but population unknown -> NaN
        assertThat(evaluate("sokt_hjalp")).containsExactly(1.0, N, 0.0, N, N);
    }

    @Test
    void soktHjalpIsNaNForEveryNonExposedRespondentWhateverTheyAnswered() {
        Map<String, int[]> notExposed = new HashMap<>();
        for (String q : List.of("q11", "q12", "q13", "q14")) {
            notExposed.put(q, new int[] {2, 2, 2});
        }
        notExposed.put("q15", new int[] {1, 2, M});
        assertThat(catalogue.find("sokt_hjalp").orElseThrow().evaluate(notExposed, 3))
                .containsExactly(N, N, N);
    }

    @Test
    void vetHjalpIsQ16() {
        // q16: 1, 2, 8, 1, 1
        assertThat(evaluate("vet_hjalp")).containsExactly(1.0, 0.0, N, 1.0, 1.0);
    }

    @Test
    void eachItemAloneIsItsOwnIndicator() {
        // q03: 1, 2, 1, 8, 1
        assertThat(evaluate("q03")).containsExactly(1.0, 0.0, 1.0, N, 1.0);
        assertThat(catalogue.find("q07").orElseThrow().variables()).containsExactly("q07");
    }

    @Test
    void evaluationNeedsEveryVariableTheIndicatorReads() {
        Indicator h = catalogue.find("hedersvald").orElseThrow();
        Map<String, int[]> partial = new HashMap<>(columns);
        partial.remove("q12");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> h.evaluate(partial, 5))
                .hasMessageContaining("indicator 'hedersvald' needs column 'q12'");
    }
}
