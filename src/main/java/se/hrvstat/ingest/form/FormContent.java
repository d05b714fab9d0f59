package se.hrvstat.ingest.form;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The content of one filled-in municipal form: the same data as the municipality's rows in
 * {@code returns.csv} (EXCHANGE.md 2.1) and its row in {@code efforts.csv} (2.2).
 *
 * @param kommunkod four digits
 * @param year      the reference year
 * @param submitted when the municipality submitted the form
 * @param rows      the known-case counts; a blank cell of the form is not a row
 * @param efforts   the efforts fields
 */
public record FormContent(String kommunkod, int year, OffsetDateTime submitted, List<ReturnRow> rows,
        Efforts efforts) {

    public FormContent {
        rows = List.copyOf(rows);
    }
}
