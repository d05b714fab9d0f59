package se.hrvstat.cli;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationContext;

/** Looks up a job execution named on the command line, saying so when there is none. */
final class Executions {
    private Executions() {
    }

    /** The execution, or null after telling the user on standard error that it does not exist. */
    static JobExecution find(ApplicationContext context, long executionId) {
        JobExecution execution;
        try {
            execution = context.getBean(JobRepository.class).getJobExecution(executionId);
        } catch (org.springframework.dao.EmptyResultDataAccessException none) {
            execution = null;
        }
        if (execution == null) {
            System.err.println("hrvstat: no job execution with id " + executionId);
        }
        return execution;
    }
}
