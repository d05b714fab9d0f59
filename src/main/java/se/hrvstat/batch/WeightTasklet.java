package se.hrvstat.batch;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tech.tablesaw.api.Table;

import se.hrvstat.result.MethodFacts;
import se.hrvstat.store.SurveyWaveStore;
import se.hrvstat.survey.weight.WeightDiagnostics;
import se.hrvstat.survey.weight.WeightingChain;

/**
 * Weights every respondent of every wave up to the reference year with the {@link WeightingChain}
 * (design, non-response, raking to the register), stores the weights and records the
 * weighting summary of each wave for the report's method chapter. A wave's weights are replaced whole
 * in one transaction: rerunning adds nothing.
 */
class WeightTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(WeightTasklet.class);
    private final RunParameters run;
    private final SurveyWaveStore waves;

    WeightTasklet(RunParameters run, SurveyWaveStore waves) {
        this.run = run;
        this.waves = waves;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        for (int wave : waves.answeredWaves(run.year())) {
            Table respondents = waves.respondentCells(wave);
            WeightingChain.WaveWeights w = WeightingChain.weigh(WeightingChain.classes(waves.sampledClasses(wave)),
                    WeightingChain.respondents(respondents), WeightingChain.registerMargins(waves.registerCounts(wave)));
            waves.replaceWeights(wave, respondents.stringColumn("resp_id").asObjectArray(), w.designWeights(),
                    w.inputWeights(), w.finalWeights());
            MethodFacts.WaveWeighting summary = summary(wave, w);
            waves.replaceWeighting(summary);
            contribution.incrementWriteCount(respondents.rowCount());
            LOG.info("wave {}: {} respondents weighted, Kish design effect {}, {}", wave, summary.respondents(),
                    String.format(Locale.ROOT, "%.2f", summary.kishDeff()), w.calibrated()
                            ? "raked to the register in " + summary.iterations() + " iterations"
                            : "not calibrated (no register counts)");
            w.collapses().forEach(c -> LOG.info("wave {}: non-response: {}", wave, c));
        }
        return RepeatStatus.FINISHED;
    }

    /** The wave's weighting as the method chapter reports it. */
    static MethodFacts.WaveWeighting summary(int wave, WeightingChain.WaveWeights w) {
        WeightDiagnostics d = w.diagnostics();
        return new MethodFacts.WaveWeighting(wave, d.n(), d.min(), d.lowerQuartile(), d.median(), d.upperQuartile(),
                d.max(), d.kishDeff(), d.effectiveN(), w.calibrated(), d.iterations(), d.largestMisfit(),
                w.collapses().size());
    }
}
