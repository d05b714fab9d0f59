package se.hrvstat.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import se.hrvstat.benchmark.IngestBench;
import se.hrvstat.ingest.ClassRegistry;
import se.hrvstat.ingest.Codebook;
import se.hrvstat.table.CsvFormat;
import se.hrvstat.ingest.CsvDialectDetector;
import se.hrvstat.ingest.CsvRowSource;
import se.hrvstat.ingest.RowScreening;
import se.hrvstat.ingest.RowValidator;
import se.hrvstat.ingest.RuleBook;
import se.hrvstat.result.InputKind;
import se.hrvstat.result.ReferenceLists;
import se.hrvstat.result.SourceRow;
import se.hrvstat.result.ValidatedRow;

/**
 * The JVM's share of the ingest (issue 5 item 7), without the database: a generated
 * responses.csv (the file of {@code benchmarks/ingest-bench.sh}) read with the data-row reader,
 * screened for personal identity numbers, validated against jobs/codebook.csv and jobs/rules.csv
 * and encoded in COPY's text format, each stage on top of the one before. Not a unit test; run
 * with {@code java -cp $CP se.hrvstat.benchmark.BenchmarkMain IngestRows} (docs/benchmarks.md).
 *
 * <p>{@link #baselineReadLines} reads the same file's lines with a {@code BufferedReader}: the
 * ratios to it say how many plain reads of the text each stage costs, comparable between runs
 * on a noisy machine where the milliseconds are not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class IngestRowsBenchmark {
    @Param({"200000"})
    public int rows;

    private Path file;
    private CsvFormat dialect;
    private Codebook codebook;
    private RuleBook rules;

    @Setup
    public void setUp() throws IOException {
        Path data = Files.createTempDirectory("hrvstat-ingest-rows").resolve("data");
        IngestBench.generate(data, rows);
        file = data.resolve("survey/2024/responses.csv");
        dialect = CsvDialectDetector.detect(file, InputKind.RESPONSES.header());
        try (Reader in = Files.newBufferedReader(Path.of("jobs/codebook.csv"));
             Reader rulesIn = Files.newBufferedReader(Path.of("jobs/rules.csv"))) {
            codebook = Codebook.parse(in, "jobs/codebook.csv");
            rules = RuleBook.parse(rulesIn, "jobs/rules.csv", codebook);
        }
    }

    @Benchmark
    public long baselineReadLines() throws IOException {
        long chars = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                chars += line.length();
            }
        }
        return chars;
    }

    @Benchmark
    public long read() {
        return run(0);
    }

    @Benchmark
    public long readScreen() {
        return run(1);
    }

    @Benchmark
    public long readScreenValidate() {
        return run(2);
    }

    @Benchmark
    public long readScreenValidateEncode() {
        return run(3);
    }

    /** Rows read (and accepted, and bytes encoded) by the stages up to {@code stage}. */
    private long run(int stage) {
        RowValidator validator = new RowValidator(codebook, rules, ReferenceLists.standard(), new OneGradeClasses());
        long result = 0;
        PgCopy text = new PgCopy(1 << 20);
        try (CsvRowSource source = new CsvRowSource(file, InputKind.RESPONSES, dialect)) {
            for (CsvRowSource.Row row = source.next(); row != null; row = source.next()) {
                result++;
                if (stage < 1) {
                    continue;
                }
                SourceRow screened = RowScreening.screened(1, InputKind.RESPONSES, 2024, row.line(), row.fields());
                if (stage < 2) {
                    continue;
                }
                ValidatedRow validated = validator.validate(screened);
                if (stage < 3 || !validated.accepted()) {
                    continue;
                }
                ValidatedRowStore.encode(validated, text);
                if (text.size() > 1 << 19) {
                    result += text.size();
                    text = new PgCopy(1 << 20); // blocks of COPY text, as the read-ahead makes them
                }
            }
        }
        return result + text.size();
    }

    /** The generated file's classes are all of grade 9 (sample-data/broken/design.csv). */
    private static final class OneGradeClasses implements ClassRegistry {
        @Override
        public Integer gradeOf(int wave, String classId) {
            return 9;
        }

        @Override
        public void register(int wave, String classId, int grade) {
            // the design is not read here
        }
    }
}
