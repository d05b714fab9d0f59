package se.hrvstat.batch.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class StopCheckTest {
    private final ResourcelessJobRepository repository = new ResourcelessJobRepository();
    private final JobExecution job;
    private final StepExecution step;

    StopCheckTest() {
        JobInstance instance = repository.createJobInstance("annual", new JobParameters());
        job = repository.createJobExecution(instance, new JobParameters(), new ExecutionContext());
        job.setStatus(BatchStatus.STARTED);
        repository.update(job);
        step = repository.createStepExecution("weight", job);
    }

    @AfterEach
    void forgetTheSignal() {
        GracefulStop.reset();
    }

    @Test
    void withoutARequestTheTaskletGoesOn() {
        assertThat(new StopCheck(repository).stopHere(new StepContribution(step))).isFalse();
        assertThat(step.isTerminateOnly()).isFalse();
    }

    @Test
    void aSignalInThisProcessEndsTheStepAfterItsTransaction() {
        GracefulStop.received("SIGTERM");

        assertThat(new StopCheck(repository).stopHere(new StepContribution(step))).isTrue();
        assertThat(step.isTerminateOnly()).as("the step ends STOPPED after its transaction").isTrue();
    }

    @Test
    void hrvstatStopFromAnotherProcessIsSeenInTheJobRepository() {
        JobExecution stored = repository.getJobExecution(job.getId());
        stored.setStatus(BatchStatus.STOPPING); // what JobOperator.stop writes
        repository.update(stored);

        assertThat(new StopCheck(repository).stopHere(new StepContribution(step))).isTrue();
        assertThat(step.isTerminateOnly()).isTrue();
    }
}
