package se.hrvstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.hrvstat.result.ReferenceLists;
import se.hrvstat.result.Reject;
import se.hrvstat.table.CsvFormat;

/** EXCHANGE.md: the Swedish Excel dialect writes decimal commas; a number is read with its file's mark, never guessed. */
class DecimalMarkTest {
    private static final ColumnRule SHARE = new ColumnRule("share", "decimal", "0..100", Set.of(), true, null, Set.of(),
            Long.MIN_VALUE, Long.MAX_VALUE, BigDecimal.ZERO, BigDecimal.valueOf(100));

    @Test
    void aDecimalCommaIsReadInTheSwedishDialectAndAPointInRfc4180() {
        assertThat(SHARE.check("12,5", ReferenceLists.standard(), ',').value()).isEqualTo(12.5);
        assertThat(SHARE.check("12.5", ReferenceLists.standard(), '.').value()).isEqualTo(12.5);
        assertThat(SHARE.check("7", ReferenceLists.standard(), ',').value()).isEqualTo(7.0);
    }

    @Test
    void theOtherMarkIsRefusedNotGuessed() {
        // "1.500" could be one and a half or fifteen hundred: in a Swedish-dialect file it is refused
        Reject reject = SHARE.check("1.500", ReferenceLists.standard(), ',').reject();
        assertThat(reject.rule()).isEqualTo("decimal_mark");
        assertThat(reject.column()).isEqualTo("share");
        assertThat(SHARE.check("12,5", ReferenceLists.standard(), '.').reject().rule()).isEqualTo("decimal_mark");
    }

    @Test
    void aDecimalOutsideItsRangeIsRejected() {
        assertThat(SHARE.check("100,1", ReferenceLists.standard(), ',').reject().rule()).isEqualTo("range");
        assertThat(SHARE.check("tolv", ReferenceLists.standard(), ',').reject().rule()).isEqualTo("decimal");
    }

    @Test
    void theDecimalMarkStoredWithAFileIsReadBackFromItsDialect() {
        CsvFormat swedish = CsvFormat.SWEDISH_EXCEL;
        assertThat(CsvFormat.decimalMarkOf(swedish.describe())).isEqualTo(',');
        assertThat(CsvFormat.decimalMarkOf(CsvFormat.RFC4180.describe())).isEqualTo('.');
    }

    @Test
    void eachFormatDescribesItselfByItsSeparatorCharsetAndByteOrderMark() {
        assertThat(CsvFormat.SWEDISH_EXCEL.describe())
                .isEqualTo("Swedish Excel dialect (semicolon, windows-1252, decimal mark ',')");
        assertThat(new CsvFormat(',', '.', java.nio.charset.StandardCharsets.UTF_8, true).describe())
                .isEqualTo("RFC 4180 (comma, UTF-8 with BOM, decimal mark '.')");
        assertThat(CsvFormat.TAB_SEPARATED.describe()).isEqualTo("tab-separated (tab, UTF-8, decimal mark '.')");
    }
}
