package se.hrvstat.batch;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tech.tablesaw.api.Table;

import se.hrvstat.batch.ops.StepProgress;
import se.hrvstat.batch.ops.StepSummary;
import se.hrvstat.batch.ops.StopCheck;
import se.hrvstat.result.MethodFacts;
import se.hrvstat.store.SurveyWaveStore;
import se.hrvstat.survey.weight.CalibrationException;
import se.hrvstat.survey.weight.Margin;
import se.hrvstat.survey.weight.WeightDiagnostics;
import se.hrvstat.survey.weight.WeightingChain;

/**
 * Weights every respondent of every wave in the reference year's inputs with the {@link WeightingChain}
 * (design, non-response, raking to the register), stores the weights and records the
 * weighting summary of each wave for the report's method chapter. A wave's weights are replaced whole
 * in one transaction: rerunning adds nothing.
 */
class WeightTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(WeightTasklet.class);
    private final RunParameters run;
    private final SurveyWaveStore waves;
    private final StepProgress progress;
    private final StopCheck stop;

    WeightTasklet(RunParameters run, SurveyWaveStore waves, StepProgress progress, StopCheck stop) {
        this.run = run;
        this.waves = waves;
        this.progress = progress;
        this.stop = stop;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        int year = run.year();
        List<Integer> answered = waves.answeredWaves(year);
        progress.expect((long) answered.size(), "waves");
        contribution.getStepExecution().getExecutionContext().putLong(StepSummary.WAVES, answered.size());
        for (int wave : answered) {
            if (stop.stopHere(contribution)) {
                return RepeatStatus.FINISHED; // the step ends STOPPED; a restart weights every wave again
            }
            Table respondents = waves.respondentCells(year, wave);
            Map<String, Margin> register = WeightingChain.registerMargins(waves.registerCounts(year, wave));
            WeightingChain.WaveWeights w = weigh(year, wave, respondents, register);
            waves.replaceWeights(year, wave, respondents.stringColumn("resp_id").asObjectArray(), w.designWeights(),
                    w.inputWeights(), w.finalWeights());
            MethodFacts.WaveWeighting summary = summary(wave, w, register.containsKey(WeightingChain.BORN_GRADE));
            waves.replaceWeighting(year, summary);
            contribution.incrementWriteCount(respondents.rowCount());
            LOG.info("wave {}: {} respondents weighted, Kish design effect {}, {}", wave, summary.respondents(),
                    String.format(Locale.ROOT, "%.2f", summary.kishDeff()), w.calibrated()
                            ? "raked to the register in " + summary.iterations() + " iterations"
                            : "not calibrated (no register counts)");
            w.collapses().forEach(c -> LOG.info("wave {}: non-response: {}", wave, c));
            progress.advance(1);
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * The chain on the wave's stored inputs. Answers that cannot be weighted to the register (a
     * register cell without respondents, contradicting margins) are input the run cannot accept.
     */
    private WeightingChain.WaveWeights weigh(int year, int wave, Table respondents, Map<String, Margin> register) {
        try {
            return WeightingChain.weigh(WeightingChain.classes(waves.sampledClasses(year, wave)),
                    WeightingChain.respondents(respondents), register);
        } catch (CalibrationException e) {
            throw new InputRejectedException("input rejected, nothing was published: wave " + wave
                    + " cannot be weighted to the register (survey/" + wave + "/population.csv): " + e.getMessage());
        }
    }

    /** The wave's weighting as the method chapter reports it: with background when born_grade was raked to. */
    static MethodFacts.WaveWeighting summary(int wave, WeightingChain.WaveWeights w, boolean bornGrade) {
        WeightDiagnostics d = w.diagnostics();
        return new MethodFacts.WaveWeighting(wave, d.n(), d.min(), d.lowerQuartile(), d.median(), d.upperQuartile(),
                d.max(), d.kishDeff(), d.effectiveN(), w.calibrated(), d.iterations(), d.largestMisfit(),
                w.collapses().size(), w.calibrated() && bornGrade);
    }
}
