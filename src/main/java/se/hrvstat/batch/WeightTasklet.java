package se.hrvstat.batch;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.survey.weight.DesignWeights;

/**
 * Weights every respondent of every wave up to the reference year. This first version gives
 * the design weight {@code (N_h / n_h) (M_hi / m_hi)} (no non-response adjustment or
 * calibration yet). A wave's weights are replaced whole in one transaction: rerunning adds
 * nothing.
 */
class WeightTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(WeightTasklet.class);
    private final RunParameters run;
    private final JdbcTemplate jdbc;

    WeightTasklet(RunParameters run, JdbcTemplate jdbc) {
        this.run = run;
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Integer> waves = jdbc.queryForList("SELECT DISTINCT wave FROM survey_response WHERE wave <= ? ORDER BY wave",
                Integer.class, run.year());
        for (int wave : waves) {
            List<Object[]> rows = new ArrayList<>();
            jdbc.query("SELECT r.resp_id, c.schools_in_stratum, c.schools_sampled, c.classes_in_school, c.classes_sampled "
                    + "FROM survey_response r JOIN survey_class c ON c.wave = r.wave AND c.class_id = r.class_id "
                    + "WHERE r.wave = ? ORDER BY r.resp_id", rs -> {
                        double w = DesignWeights.twoStage(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5));
                        rows.add(new Object[] {wave, rs.getString(1), w, w});
                    }, wave);
            jdbc.update("DELETE FROM survey_weight WHERE wave = ?", wave);
            jdbc.batchUpdate("INSERT INTO survey_weight (wave, resp_id, design_weight, final_weight) VALUES (?,?,?,?)", rows);
            contribution.incrementWriteCount(rows.size());
            LOG.info("wave {}: design weights for {} respondents", wave, rows.size());
        }
        return RepeatStatus.FINISHED;
    }
}
