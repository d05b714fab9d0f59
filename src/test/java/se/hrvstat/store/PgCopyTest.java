package se.hrvstat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/**
 * COPY's text format as the PostgreSQL documentation (COPY, "Text Format") writes it: columns
 * separated by a tab, rows ended by a newline, {@code \N} for null, backslash, tab, newline and
 * carriage return escaped with a backslash, text in the client encoding (UTF-8).
 */
class PgCopyTest {

    @Test
    void valuesAreWrittenInCopysTextFormat() {
        PgCopy text = new PgCopy(4);
        text.value(null).tab().value(7).tab().value(123_456L).tab().value(true).tab().value(false).tab()
                .value(LocalDateTime.of(2025, 3, 1, 10, 0, 5)).tab().number(42).endOfRow();

        assertThat(new String(text.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("\\N\t7\t123456\tt\tf\t2025-03-01T10:00:05\t42\n");
    }

    @Test
    void controlCharactersAndBackslashesAreEscapedAndTextIsUtf8() {
        PgCopy text = new PgCopy(1);
        text.value("a\tb\\c\nd\re").tab().value("Åsa 😀");

        assertThat(new String(text.bytes(), StandardCharsets.UTF_8)).isEqualTo("a\\tb\\\\c\\nd\\re\tÅsa 😀");
    }

    @Test
    void wholeNumbersAreWrittenAsJavaWritesThemInDecimal() {
        long[] numbers = {0, 9, 10, 11, 99, 100, 2024, 65_535, -1, -10, -2024, Integer.MAX_VALUE, Integer.MIN_VALUE,
            999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE};
        PgCopy text = new PgCopy(1);
        StringBuilder expected = new StringBuilder();
        for (long n : numbers) {
            text.number(n).tab();
            expected.append(Long.toString(n)).append('\t'); // the reference: the JDK's own conversion
        }
        assertThat(new String(text.bytes(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
}
