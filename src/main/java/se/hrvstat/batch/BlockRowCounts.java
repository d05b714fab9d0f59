package se.hrvstat.batch;

import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import se.hrvstat.store.ValidatedRowStore;

/**
 * Makes the ingest step's read and write counts count rows. Its item is a block of up to
 * {@link FileRowReader#BLOCK} rows, and Spring Batch counts items, so without this a million
 * rows would show as about a thousand in {@code hrvstat jobs} and in the run's summary. Each
 * block adds its rows less the one Spring Batch counts for it. Spring Batch adds a chunk's
 * counts to the step execution (also for a chunk that rolls back), so these adjustments add up
 * the same way.
 */
final class BlockRowCounts implements StepExecutionListener, ItemReadListener<ValidatedRowStore.Batch>,
        ItemWriteListener<ValidatedRowStore.Batch> {
    private StepExecution step;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
    }

    @Override
    public void afterRead(ValidatedRowStore.Batch block) {
        step.setReadCount(step.getReadCount() + block.size() - 1);
    }

    @Override
    public void afterWrite(Chunk<? extends ValidatedRowStore.Batch> blocks) {
        long rows = 0;
        for (ValidatedRowStore.Batch block : blocks) {
            rows += block.size();
        }
        step.setWriteCount(step.getWriteCount() + rows - blocks.size());
    }
}
