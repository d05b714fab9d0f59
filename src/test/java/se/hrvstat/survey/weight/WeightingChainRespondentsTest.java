package se.hrvstat.survey.weight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The two ways to the respondents of the calibration model: the weight step's table of text
 * columns and the estimate step's loaded wave (codes as ints) give the same model input.
 */
class WeightingChainRespondentsTest {

    @Test
    void aLoadedWaveGivesTheSameRespondentsAsTheTableOfText() {
        String[] classId = {"k1", "k1", "k2"};
        String[] lanskod = {"01", "01", "25"};
        Table table = Table.create("answers", StringColumn.create("class_id", classId),
                StringColumn.create("lanskod", lanskod), StringColumn.create("grade", "9", "9", "11"),
                StringColumn.create("sex", "1", "2", "9"), StringColumn.create("born", "1", "3", "9"));

        WeightingChain.Respondents fromTable = WeightingChain.respondents(table);
        WeightingChain.Respondents fromWave = WeightingChain.respondents(classId, lanskod, new int[] {9, 9, 11},
                new int[] {1, 2, 9}, new int[] {1, 3, 9});

        assertThat(fromWave.classId()).containsExactly(fromTable.classId());
        assertThat(fromWave.variables().keySet()).containsExactlyElementsOf(fromTable.variables().keySet());
        fromTable.variables().forEach((name, values) ->
                assertThat(fromWave.variables().get(name)).as(name).containsExactly(values));
    }
}
