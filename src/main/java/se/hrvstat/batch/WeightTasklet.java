package se.hrvstat.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import se.hrvstat.survey.weight.WeightDiagnostics;

/**
 * Weights every respondent of every wave up to the reference year with the full chain of
 * {@link WaveWeighting} (design, non-response, raking to the register) and records the
 * diagnostics of each wave for the report's method chapter. A wave's weights are replaced
 * whole in one transaction: rerunning adds nothing.
 */
class WeightTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(WeightTasklet.class);
    static final String FACT_PREFIX = "Vikter ";
    private final RunParameters run;
    private final JdbcTemplate jdbc;
    private final WaveWeighting weighting;

    WeightTasklet(RunParameters run, JdbcTemplate jdbc, WaveWeighting weighting) {
        this.run = run;
        this.jdbc = jdbc;
        this.weighting = weighting;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Integer> waves = jdbc.queryForList("SELECT DISTINCT wave FROM survey_response WHERE wave <= ? ORDER BY wave",
                Integer.class, run.year());
        Map<String, String> facts = new LinkedHashMap<>();
        for (int wave : waves) {
            WaveWeighting.WaveWeights w = weighting.compute(wave);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < w.respIds().length; i++) {
                rows.add(new Object[] {wave, w.respIds()[i], w.designWeights()[i], w.finalWeights()[i]});
            }
            jdbc.update("DELETE FROM survey_weight WHERE wave = ?", wave);
            jdbc.batchUpdate("INSERT INTO survey_weight (wave, resp_id, design_weight, final_weight) VALUES (?,?,?,?)", rows);
            contribution.incrementWriteCount(rows.size());
            String summary = describe(w);
            facts.put(FACT_PREFIX + wave, summary);
            LOG.info("wave {}: {}", wave, summary);
            w.collapses().forEach(c -> LOG.info("wave {}: non-response: {}", wave, c));
        }
        jdbc.update("DELETE FROM run_fact WHERE ref_year = ? AND label LIKE ?", run.year(), FACT_PREFIX + "%");
        int seq = 100;
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            jdbc.update("INSERT INTO run_fact (ref_year, seq, label, fact) VALUES (?,?,?,?)", run.year(), ++seq,
                    fact.getKey(), fact.getValue());
        }
        return RepeatStatus.FINISHED;
    }

    /** The wave's weighting diagnostics in Swedish for the method chapter. */
    static String describe(WaveWeighting.WaveWeights w) {
        WeightDiagnostics d = w.diagnostics();
        String method = w.calibrated() ? String.format(Locale.ROOT,
                "räfsning (raking) till registret (län × årskurs, könsfördelning inom årskurs), %d iterationer, "
                        + "största kvarvarande avvikelse %.2g", d.iterations(), d.largestMisfit())
                : "ingen kalibrering (registeruppgifter saknas)";
        return String.format(new Locale("sv", "SE"),
                "%d svarande; vikter min %.1f, kvartiler %.1f / %.1f / %.1f, max %.1f; Kish designeffekt %.2f, "
                        + "effektivt n %.0f; %s; %d sammanslagningar vid bortfallsjustering",
                d.n(), d.min(), d.lowerQuartile(), d.median(), d.upperQuartile(), d.max(), d.kishDeff(), d.effectiveN(),
                method, w.collapses().size());
    }
}
