package se.hrvstat.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

import se.hrvstat.ingest.Codebook;
import se.hrvstat.ingest.RuleBook;

/**
 * The codebook and the rules of {@code jobs/} ({@code codebook.csv}, {@code rules.csv}), read anew
 * at every run because statisticians edit them.
 */
public record InputRules(Codebook codebook, RuleBook rules) {
    public static InputRules load(PipelineSettings settings) {
        try (Reader in = settings.open("codebook.csv"); Reader rulesIn = settings.open("rules.csv")) {
            Codebook codebook = Codebook.parse(in, settings.jobsDir().resolve("codebook.csv").toString());
            return new InputRules(codebook, RuleBook.parse(rulesIn, settings.jobsDir().resolve("rules.csv").toString(),
                    codebook));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
