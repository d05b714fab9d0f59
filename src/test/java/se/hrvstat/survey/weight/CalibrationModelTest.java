package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The model matrix is R's {@code model.matrix(~ stype * awards + sch.wide)} with treatment contrasts. */
class CalibrationModelTest {

    @Test
    void anInteractionMarginAndAMainEffectGiveRsColumnsAndTotals() {
        var margins = CalibrationFixtures.margins("stype_awards+sch.wide");
        CalibrationModel model = CalibrationModel.of(CalibrationFixtures.sample("apistrat"), margins);
        // (Intercept), stypeH, stypeM, awardsYes, sch.wideYes, stypeH:awardsYes, stypeM:awardsYes
        assertThat(model.columns()).extracting(CalibrationModel.Column::label).containsExactly("total", "stype=H", "stype=M",
                "awards=Yes", "sch.wide=Yes", "stype=H, awards=Yes", "stype=M, awards=Yes");
        assertThat(model.columns()).extracting(CalibrationModel.Column::population)
                .containsExactly(6194.0, 755.0, 1018.0, 4167.0, 5122.0, 288.0, 569.0);
    }

    @Test
    void levelsSortNumericallyWhenAllAreNumbers() {
        assertThat(Levels.sorted(List.of("11", "9", "10"))).containsExactly("9", "10", "11");
        assertThat(Levels.sorted(List.of("No", "Yes", "Maybe"))).containsExactly("Maybe", "No", "Yes");
    }
}
