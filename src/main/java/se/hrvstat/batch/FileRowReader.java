package se.hrvstat.batch;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import se.hrvstat.batch.ops.StepSummary;
import se.hrvstat.ingest.Codebook;
import se.hrvstat.table.CsvFormat;
import se.hrvstat.ingest.CsvDialectDetector;
import se.hrvstat.ingest.CsvRowSource;
import se.hrvstat.ingest.InputDiscovery;
import se.hrvstat.ingest.InputFile;
import se.hrvstat.ingest.InputFileException;
import se.hrvstat.ingest.RowScreening;
import se.hrvstat.ingest.RowValidator;
import se.hrvstat.ingest.RuleBook;
import se.hrvstat.ingest.form.FormContent;
import se.hrvstat.ingest.form.FormReadException;
import se.hrvstat.ingest.form.FormRows;
import se.hrvstat.ingest.form.MunicipalForm;
import se.hrvstat.result.ReferenceLists;
import se.hrvstat.result.SourceRow;
import se.hrvstat.result.ValidatedRow;
import se.hrvstat.store.InputFileStore;
import se.hrvstat.store.ValidatedRowStore;

/**
 * Reads every data row of every input file not yet loaded, file after file in load order,
 * screens it for personal identity numbers and validates it against the codebook and the row
 * rules, in one pass straight from the file: the step's writer lands each row once, typed in its
 * table or as a reject. Reading and validating run a few thousand rows ahead on a thread of
 * their own ({@link ReadAhead}), so that they overlap with the landing of the rows before.
 *
 * <p>Restartable: the store is the truth, not the execution context. Rows land in line order,
 * each chunk in one transaction, so on open the reader skips, in each file, the lines up to the
 * last one whose outcome is stored, and learns the keys (class ids, resp_ids) those rows hold so
 * that duplicate checks span the restart. Files already loaded by an earlier run (same
 * checksum) are skipped: loading the same file again adds nothing.
 */
public class FileRowReader implements ItemStreamReader<ValidatedRowStore.Batch> {
    private static final Logger LOG = LoggerFactory.getLogger(FileRowReader.class);
    /**
     * Rows per block handed from the reading thread to the step's thread; a block is the step's
     * item, so that Spring Batch's work per item (the step-scoped proxy, the listeners) is done
     * once per thousand rows, not per row.
     */
    public static final int BLOCK = 1000;

    private final RunParameters run;
    private final InputFileStore files;
    private final ValidatedRowStore store;
    private final Codebook codebook;
    private final RuleBook rules;
    /**
     * Blocks the reading thread may be ahead of the step's thread: enough for PostgreSQL to have
     * rows to land while the step commits a chunk, few enough to keep memory small (on
     * PostgreSQL the step streams each block into the chunk's COPY as it reads it).
     */
    private static final int READ_AHEAD_BLOCKS = 32;
    private final List<Pending> pending = new ArrayList<>();
    private RowValidator validator;
    private ReadAhead<ValidatedRowStore.Batch> ahead;
    // the reading thread's position (handed over through the read-ahead queue)
    private int fileIndex;
    private CsvRowSource source;
    private Iterator<SourceRow> formRows;
    private volatile Long failedFileId;
    /** Files read to their end since the last block, with their rows (reading thread only). */
    private final Map<Long, Long> filesDone = new java.util.LinkedHashMap<>();
    /** A fault met in the middle of a block: thrown with the next block, after the rows before it. */
    private RuntimeException pendingFailure;

    private static final class Pending {
        final InputFile input;
        final long fileId;
        final CsvFormat dialect;
        final boolean form;
        int lastLineDone;
        long rowsRead;

        Pending(InputFile input, long fileId, CsvFormat dialect) {
            this.input = input;
            this.fileId = fileId;
            this.dialect = dialect;
            this.form = isForm(input);
        }
    }

    public FileRowReader(RunParameters run, InputFileStore files, ValidatedRowStore store,
                         Codebook codebook, RuleBook rules) {
        this.run = run;
        this.files = files;
        this.store = store;
        this.codebook = codebook;
        this.rules = rules;
    }

    @Override
    public void open(ExecutionContext context) {
        List<Long> runFiles = new ArrayList<>();
        for (InputFile input : InputDiscovery.discover(run.data(), run.year())) {
            String checksum = Checksums.sha256(input.path());
            CsvFormat dialect = CsvDialectDetector.detect(input.path(), input.kind());
            InputFileStore.Registered known = files.register(checksum, input.kind().code(), input.period(),
                    input.path().toString(), dialect.describe());
            runFiles.add(known.fileId());
            if (known.loaded()) {
                LOG.info("{}: already loaded (same checksum), nothing to add", input.path());
            } else {
                pending.add(new Pending(input, known.fileId(), dialect));
            }
        }
        for (InputFile form : InputDiscovery.discoverForms(run.data(), run.year())) {
            InputFileStore.Registered known = files.register(Checksums.sha256(form.path()), "form", form.period(),
                    form.path().toString(), "Excel form (xlsx)");
            runFiles.add(known.fileId());
            if (!known.loaded()) {
                pending.add(new Pending(form, known.fileId(), null));
            }
        }
        context.putLong(StepSummary.FILES_READ, pending.size());
        context.putLong(StepSummary.FILES_KNOWN, runFiles.size() - pending.size());
        List<Long> ids = pending.stream().map(p -> p.fileId).toList();
        validator = new RowValidator(codebook, rules, ReferenceLists.standard(), new StoredClassRegistry(store, runFiles));
        for (Pending p : pending) {
            p.lastLineDone = store.lastLineDone(p.fileId, p.input.period());
            if (p.lastLineDone > 0) {
                LOG.info("{}: resuming after line {}", p.input.path(), p.lastLineDone);
            }
            if (p.dialect != null) {
                validator.decimalMark(p.fileId, p.dialect.decimalMark());
            }
        }
        rememberKeys(ids, pending.stream().map(p -> p.input.period()).distinct().toList());
        ahead = new ReadAhead<>(this::nextBlock, READ_AHEAD_BLOCKS, "hrvstat-read-ahead");
        ahead.start(); // reading starts now, while Spring Batch opens the step's first chunk
    }

    /** The keys the rows already landed hold, so that duplicate checks span a restart. */
    private void rememberKeys(List<Long> ids, List<Integer> periods) {
        store.landedKeys(ids, periods).forEach(validator::rememberKeys);
    }

    /** The next block of rows (at most {@link #BLOCK}), read, validated and prepared for landing; null at the end. */
    @Override
    public ValidatedRowStore.Batch read() {
        return ahead.next();
    }

    /** The next rows, read, validated and prepared for landing (on the reading thread); null at the end. */
    private ValidatedRowStore.Batch nextBlock() {
        List<ValidatedRow> block = new ArrayList<>(BLOCK);
        try {
            while (block.size() < BLOCK) {
                SourceRow row = nextRow();
                if (row == null) {
                    break;
                }
                block.add(validator.validate(row));
            }
        } catch (InputFileException | FormReadException e) {
            failedFileId = pending.get(fileIndex).fileId;
            if (block.isEmpty()) {
                throw e;
            }
            // the rows before the fault first; the fault comes with the next block
            pendingFailure = e;
        }
        if (block.isEmpty() && pendingFailure != null) {
            RuntimeException e = pendingFailure;
            pendingFailure = null;
            throw e;
        }
        if (block.isEmpty() && filesDone.isEmpty()) {
            return null;
        }
        ValidatedRowStore.Batch batch = store.prepare(block, filesDone);
        filesDone.clear();
        return batch;
    }

    /** The next row not yet landed, screened; null after the last file. */
    private SourceRow nextRow() {
        if (pendingFailure != null) {
            return null;
        }
        while (fileIndex < pending.size()) {
            Pending current = pending.get(fileIndex);
            SourceRow row = current.form ? nextFormRow(current) : nextCsvRow(current);
            if (row == null) {
                LOG.info("{}: {} rows read", current.input.path(), current.rowsRead);
                filesDone.put(current.fileId, current.rowsRead);
                fileIndex++;
                continue;
            }
            current.rowsRead++;
            if (row.line() > current.lastLineDone) {
                return row;
            }
        }
        return null;
    }

    private SourceRow nextCsvRow(Pending current) {
        if (source == null) {
            source = new CsvRowSource(current.input.path(), current.input.kind(), current.dialect);
            validator.headerWidth(current.fileId, source.headerWidth());
            LOG.info("{}: {}", current.input.path(), source.dialect().describe());
        }
        CsvRowSource.Row row = source.next();
        if (row == null) {
            source.close();
            source = null;
            return null;
        }
        return RowScreening.screened(current.fileId, current.input.kind(), current.input.period(), row.line(),
                row.fields());
    }

    private static boolean isForm(InputFile input) {
        return input.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** The next row of a municipal Excel form (read whole: a form is small and size-checked). */
    private SourceRow nextFormRow(Pending current) {
        if (formRows == null) {
            FormContent form = MunicipalForm.read(current.input.path());
            List<SourceRow> rows = FormRows.of(form, current.fileId, current.input.period());
            formRows = rows.iterator();
            LOG.info("{}: Excel form of {} for {}, {} rows", current.input.path(), form.kommunkod(), form.year(),
                    rows.size());
        }
        if (formRows.hasNext()) {
            return formRows.next();
        }
        formRows = null;
        return null;
    }

    /**
     * The file that could not be read, if the step ended on one: its rows landed so far are to
     * be discarded, so that nothing of it stays half-loaded.
     */
    public Long failedFileId() {
        return failedFileId;
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.close(); // the reading thread has ended: its file can be closed here
        }
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
