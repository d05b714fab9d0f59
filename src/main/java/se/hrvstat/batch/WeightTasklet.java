package se.hrvstat.batch;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.hrvstat.store.EstimateStore;
import se.hrvstat.store.SurveyWaveStore;
import se.hrvstat.survey.weight.WeightDiagnostics;
import se.hrvstat.survey.weight.WeightingChain;

/**
 * Weights every respondent of every wave up to the reference year with the {@link WeightingChain}
 * (design, non-response, raking to the register), stores the weights and records the
 * diagnostics of each wave for the report's method chapter. A wave's weights are replaced whole
 * in one transaction: rerunning adds nothing.
 */
class WeightTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(WeightTasklet.class);
    static final String FACT_PREFIX = "Vikter ";
    private final RunParameters run;
    private final SurveyWaveStore waves;
    private final EstimateStore facts;

    WeightTasklet(RunParameters run, SurveyWaveStore waves, EstimateStore facts) {
        this.run = run;
        this.waves = waves;
        this.facts = facts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Map<String, String> summaries = new LinkedHashMap<>();
        for (int wave : waves.answeredWaves(run.year())) {
            var respondents = waves.respondentCells(wave);
            WeightingChain.WaveWeights w = WeightingChain.weigh(WeightingChain.classes(waves.sampledClasses(wave)),
                    WeightingChain.respondents(respondents), WeightingChain.registerMargins(waves.registerCounts(wave)));
            waves.replaceWeights(wave, respondents.stringColumn("resp_id").asObjectArray(), w.designWeights(),
                    w.inputWeights(), w.finalWeights());
            contribution.incrementWriteCount(respondents.rowCount());
            String summary = describe(w);
            summaries.put(FACT_PREFIX + wave, summary);
            LOG.info("wave {}: {}", wave, summary);
            w.collapses().forEach(c -> LOG.info("wave {}: non-response: {}", wave, c));
        }
        facts.replaceFactsLike(run.year(), FACT_PREFIX, 100, summaries);
        return RepeatStatus.FINISHED;
    }

    /** The wave's weighting diagnostics in Swedish for the method chapter. */
    static String describe(WeightingChain.WaveWeights w) {
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
