package se.hrvstat.batch.ops;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * A stop that arrives between a job's last step and the job's own final write of its execution
 * (Spring Batch's {@code AbstractJob.execute} writes the execution before any listener runs) made
 * that write fail with an optimistic-locking error, ending the run FAILED instead of STOPPED or
 * COMPLETED: the stop ({@code PipelineRunner.markStopping}, from the signal thread or from
 * {@code hrvstat stop} in another process) had raised the stored version. Seen in
 * StopAnywhereTest on PostgreSQL. This wraps the job repository so that such a write, when the
 * stored execution is STOPPING, takes the stored version and is written once more; the job's
 * own outcome stands (a job that already finished all its steps stays COMPLETED; one still running
 * keeps the STOPPING). Every other
 * optimistic-locking failure is passed on unchanged.
 */
@Component
public class LateStopTolerance implements BeanPostProcessor {
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JobRepository repository)) {
            return bean;
        }
        InvocationHandler handler = (proxy, method, args) -> invoke(repository, method, args);
        return Proxy.newProxyInstance(JobRepository.class.getClassLoader(), new Class<?>[] {JobRepository.class}, handler);
    }

    private static Object invoke(JobRepository repository, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(repository, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OptimisticLockingFailureException && isExecutionUpdate(method, args)) {
                JobExecution execution = (JobExecution) args[0];
                JobExecution stored = repository.getJobExecution(execution.getId());
                if (stored != null && stored.getStatus() == BatchStatus.STOPPING) {
                    execution.setVersion(stored.getVersion());
                    if (execution.getStatus().isRunning()) {
                        execution.setStatus(BatchStatus.STOPPING); // still running: the stop stands
                    }
                    return invokeOnce(repository, method, args);
                }
            }
            throw cause;
        }
    }

    private static Object invokeOnce(JobRepository repository, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(repository, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static boolean isExecutionUpdate(Method method, Object[] args) {
        return method.getName().equals("update") && args != null && args.length == 1 && args[0] instanceof JobExecution;
    }
}
