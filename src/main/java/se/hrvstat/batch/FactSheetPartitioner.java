package se.hrvstat.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts the municipalities of the year's fact sheets into at most {@code gridSize} contiguous
 * slices of nearly equal size; each partition's context holds its municipality codes (key
 * {@value #CODES}, comma separated), so a restarted partition redoes exactly its own sheets.
 */
class FactSheetPartitioner implements Partitioner {
    static final String CODES = "codes";
    private final List<String> codes;

    FactSheetPartitioner(List<String> codes) {
        this.codes = List.copyOf(codes);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        int parts = Math.max(1, Math.min(gridSize, codes.size()));
        for (int p = 0; p < parts && !codes.isEmpty(); p++) {
            int from = (int) ((long) codes.size() * p / parts);
            int to = (int) ((long) codes.size() * (p + 1) / parts);
            ExecutionContext context = new ExecutionContext();
            context.putString(CODES, String.join(",", new ArrayList<>(codes.subList(from, to))));
            partitions.put("faktablad-" + p, context);
        }
        return partitions;
    }
}
