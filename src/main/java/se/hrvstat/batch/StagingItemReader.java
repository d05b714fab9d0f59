package se.hrvstat.batch;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import se.hrvstat.ingest.CsvDialect;
import se.hrvstat.ingest.CsvDialectDetector;
import se.hrvstat.ingest.CsvRowSource;
import se.hrvstat.ingest.InputDiscovery;
import se.hrvstat.ingest.InputFile;
import se.hrvstat.ingest.InputFileException;
import se.hrvstat.ingest.SourceRow;
import se.hrvstat.ingest.form.FormContent;
import se.hrvstat.ingest.form.FormReadException;
import se.hrvstat.ingest.form.FormRows;
import se.hrvstat.ingest.form.MunicipalForm;
import se.hrvstat.store.InputFileStore;

/**
 * Reads every data row of every input file that is not yet staged, file after file, in load
 * order. Restartable: the position (file and rows done) is saved in the step's execution
 * context with each committed chunk, so a restart after a crash continues with the next row.
 * Files already staged by an earlier run (same checksum) are skipped: loading the same file
 * again adds nothing.
 */
public class StagingItemReader implements ItemStreamReader<SourceRow> {
    private static final Logger LOG = LoggerFactory.getLogger(StagingItemReader.class);

    private final RunParameters run;
    private final InputFileStore files;
    private final List<Pending> pending = new ArrayList<>();
    private int fileIndex;
    private long rowsDone;
    private CsvRowSource source;
    private java.util.Iterator<SourceRow> formRows;
    private Long failedFileId;

    private record Pending(InputFile input, long fileId) {
    }

    public StagingItemReader(RunParameters run, InputFileStore files) {
        this.run = run;
        this.files = files;
    }

    @Override
    public void open(ExecutionContext context) {
        for (InputFile input : InputDiscovery.discover(run.data(), run.year())) {
            String checksum = Checksums.sha256(input.path());
            CsvDialect dialect = CsvDialectDetector.detect(input.path(), input.kind().header());
            InputFileStore.Registered known = files.register(checksum, input.kind().code(), input.period(),
                    input.path().toString(), dialect.describe());
            if (known.staged()) {
                LOG.info("{}: already loaded (same checksum), nothing to add", input.path());
            } else {
                pending.add(new Pending(input, known.fileId()));
            }
        }
        for (InputFile form : InputDiscovery.discoverForms(run.data(), run.year())) {
            InputFileStore.Registered known = files.register(Checksums.sha256(form.path()), "form", form.period(),
                    form.path().toString(), "Excel form (xlsx)");
            if (!known.staged()) {
                pending.add(new Pending(form, known.fileId()));
            }
        }
        resumePointFromStore();
        if (fileIndex > 0 || rowsDone > 0) {
            LOG.info("resuming at file {} of {}, after {} rows", fileIndex + 1, pending.size(), rowsDone);
        }
    }

    /**
     * Where to go on: files are staged in order, each row in the transaction of its chunk, so
     * the last pending file with staged rows is where the run stopped, and its count of staged
     * rows is how many to skip. The store is the truth, not the execution context: a stop can
     * come between a chunk's commit and the saving of the reader's position.
     */
    private void resumePointFromStore() {
        fileIndex = 0;
        rowsDone = 0;
        for (int i = 0; i < pending.size(); i++) {
            long staged = files.stagedRows(pending.get(i).fileId());
            if (staged > 0) {
                fileIndex = i;
                rowsDone = staged;
            }
        }
    }

    @Override
    public SourceRow read() {
        try {
            return readNext();
        } catch (InputFileException | FormReadException e) {
            failedFileId = pending.get(fileIndex).fileId();
            throw e;
        }
    }

    /**
     * The file that could not be read, if the step ended on one: its rows staged so far are to
     * be discarded, so that nothing of it stays half-loaded.
     */
    public Long failedFileId() {
        return failedFileId;
    }

    private SourceRow readNext() {
        while (fileIndex < pending.size()) {
            Pending current = pending.get(fileIndex);
            if (isForm(current.input())) {
                SourceRow row = nextFormRow(current);
                if (row != null) {
                    return row;
                }
                continue;
            }
            if (source == null) {
                source = new CsvRowSource(current.input().path(), current.input().kind());
                LOG.info("{}: {}", current.input().path(), source.dialect().describe());
                source.skip(rowsDone);
            }
            CsvRowSource.Row row = source.next();
            if (row != null) {
                rowsDone++;
                return SourceRow.screened(current.fileId(), current.input().kind(), current.input().period(),
                        row.line(), row.fields());
            }
            LOG.info("{}: {} rows read", current.input().path(), rowsDone);
            source.close();
            source = null;
            fileIndex++;
            rowsDone = 0;
        }
        return null;
    }

    private static boolean isForm(InputFile input) {
        return input.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    /** The next row of a municipal Excel form (read whole: a form is small and size-checked). */
    private SourceRow nextFormRow(Pending current) {
        if (formRows == null) {
            FormContent form = MunicipalForm.read(current.input().path());
            List<SourceRow> rows = FormRows.of(form, current.fileId(), current.input().period());
            formRows = rows.subList((int) Math.min(rowsDone, rows.size()), rows.size()).iterator();
            LOG.info("{}: Excel form of {} for {}, {} rows", current.input().path(), form.kommunkod(), form.year(),
                    rows.size());
        }
        if (formRows.hasNext()) {
            rowsDone++;
            return formRows.next();
        }
        formRows = null;
        fileIndex++;
        rowsDone = 0;
        return null;
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
            source = null;
        }
    }

    /** The ids of the files this reader stages (to mark them staged when the step completes). */
    public List<Long> pendingFileIds() {
        return pending.stream().map(Pending::fileId).toList();
    }
}
