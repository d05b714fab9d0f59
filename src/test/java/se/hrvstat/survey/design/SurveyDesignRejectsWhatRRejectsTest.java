package se.hrvstat.survey.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.hrvstat.survey.testdata.RFixtures;

/** Designs R's svydesign / svyrecvar refuses are refused with R's reason (r-fixtures/errors.csv). */
class SurveyDesignRejectsWhatRRejectsTest {
    static final Map<String, String> R_MESSAGES = RFixtures.rows("errors.csv").stream()
            .collect(Collectors.toMap(r -> r.get("case"), r -> r.get("message")));

    @Test
    void aLonelyPsuUnderFailIsRejectedNamingTheStratum() {
        assertThatThrownBy(() -> SurveyDesign.builder(RFixtures.numbers("small", "w"))
                .strata(RFixtures.texts("small", "stratum")).clusters(RFixtures.texts("small", "psu")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(R_MESSAGES.get("lonely-fail"));
    }

    @Test
    void clustersNotNestedInStrataAreRejectedWithoutNest() {
        assertThatThrownBy(() -> SurveyDesign.builder(RFixtures.numbers("apistrat", "pw"))
                .strata(RFixtures.texts("apistrat", "stype")).clusters(RFixtures.texts("apistrat", "dnum")).build())
                .hasMessageContaining(R_MESSAGES.get("not-nested"));
    }

    @Test
    void clustersNotNestedInStrataAreAcceptedWithNest() {
        SurveyDesign d = SurveyDesign.builder(RFixtures.numbers("apistrat", "pw"))
                .strata(RFixtures.texts("apistrat", "stype")).clusters(RFixtures.texts("apistrat", "dnum"))
                .nest(true).build();
        assertThat(d.size()).isEqualTo(200);
    }

    @Test
    void aDesignWithOnePsuIsRejected() {
        assertThatThrownBy(() -> SurveyDesign.builder(RFixtures.numbers("apistrat", "pw"))
                .clusters(RFixtures.texts("apistrat", "one01")).build())
                .hasMessageContaining(R_MESSAGES.get("one-psu"));
    }

    @Test
    void anFpcBelowTheSampleSizeIsRejected() {
        double[] fpc = RFixtures.numbers("apistrat", "fpc");
        for (int i = 0; i < fpc.length; i++) {
            fpc[i] /= 100;
        }
        assertThatThrownBy(() -> SurveyDesign.builder(RFixtures.numbers("apistrat", "pw"))
                .strata(RFixtures.texts("apistrat", "stype")).fpc(fpc).build())
                .hasMessageContaining(R_MESSAGES.get("fpc-too-small"));
    }

    @Test
    void anFpcMixingCountsAndFractionsIsRejected() {
        assertThatThrownBy(() -> SurveyDesign.builder(new double[] {1, 1, 1}).fpc(new double[] {0.5, 10, 10}).build())
                .hasMessageContaining("Must have all fpc>=1 or all fpc<=1");
    }

    @Test
    void aNegativeWeightIsRejectedNamingTheRow() {
        assertThatThrownBy(() -> SurveyDesign.builder(new double[] {1, -2, 1}).build())
                .hasMessageContaining("row 2");
    }

    @Test
    void aMissingWeightIsRejected() {
        assertThatThrownBy(() -> SurveyDesign.builder(new double[] {1, Double.NaN, 1}).build())
                .hasMessageContaining("missing values in `weights'");
    }

    @Test
    void anFpcForOnlyOneOfTwoStagesIsRejected() {
        assertThatThrownBy(() -> SurveyDesign.builder(new double[] {1, 1, 1, 1})
                .clusters(new String[] {"a", "a", "b", "b"}, new String[] {"1", "2", "1", "2"})
                .fpc(new double[] {5, 5, 5, 5}).build())
                .hasMessageContaining("fpc given for 1 stage(s)");
    }

    @Test
    void withoutWeightsTheWeightsComeFromTheFpcAsInR() {
        SurveyDesign d = SurveyDesign.builder(null).strata(new String[] {"a", "a", "b", "b", "b"})
                .fpc(new double[] {10, 10, 6, 6, 6}).build();
        assertThat(d.weights()).containsExactly(5, 5, 2, 2, 2);
    }
}
