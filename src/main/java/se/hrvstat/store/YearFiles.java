package se.hrvstat.store;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The input files of a reference year (the table {@code year_input}), as the SQL condition that
 * keeps a table's rows of those files only: {@code alias.file_id IN (3, 5, 9)}. The ids are read
 * once and written into the statement as numbers. Before, the condition was the subquery
 * {@code alias.file_id IN (SELECT file_id FROM year_input WHERE ref_year = ?)}: the same rows,
 * but H2 checks the subquery's cached result again for every row it tests, which made reading a
 * full-size wave for the estimate step spend about two thirds of its time there
 * (docs/benchmarks.md). The ids are the database's own integers, never text from a user.
 */
final class YearFiles {
    private final List<Long> fileIds;

    private YearFiles(List<Long> fileIds) {
        this.fileIds = fileIds;
    }

    /** The files of reference year {@code year}, read from {@code year_input}. */
    static YearFiles of(JdbcTemplate jdbc, int year) {
        return new YearFiles(jdbc.queryForList("SELECT file_id FROM year_input WHERE ref_year = ? ORDER BY file_id",
                Long.class, year));
    }

    /** The condition on {@code alias.file_id}; one that no row meets when the year has no files. */
    String on(String alias) {
        if (fileIds.isEmpty()) {
            return "1 = 0";
        }
        return alias + ".file_id IN (" + fileIds.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }
}
