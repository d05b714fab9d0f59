package se.hrvstat.table;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/** Fills one Tablesaw column from one field of each record, cell by cell as the file is read. */
abstract sealed class ColumnLoader permits ColumnLoader.Numbers, ColumnLoader.Texts {
    final String name;
    final int field;
    final Path file;
    final CsvFormat format;

    ColumnLoader(String name, int field, Path file, CsvFormat format) {
        this.name = name;
        this.field = field;
        this.file = file;
        this.format = format;
    }

    abstract void add(CsvRecords r) throws InputException;

    abstract Column<?> finish();

    /** The field's text as written: quotes around it gone, doubled quotes inside made single. */
    final String text(CsvRecords r) {
        String s = new String(r.bytes(), r.from(field), r.to(field) - r.from(field), format.charset());
        return r.escaped(field) ? s.replace("\"\"", "\"") : s;
    }

    final String where(CsvRecords r) {
        return file + ": line " + r.line() + ", column '" + name + "'";
    }

    /** Numbers as doubles, missing cells NaN; a cell that is not a number is an error naming its line. */
    static final class Numbers extends ColumnLoader {
        private final SizedDoubleColumn column;

        Numbers(String name, int field, Path file, CsvFormat format, int capacity) {
            super(name, field, file, format);
            column = new SizedDoubleColumn(name, capacity);
        }

        @Override
        void add(CsvRecords r) throws InputException {
            double v = r.escaped(field) ? Double.NaN : Cells.plainDecimal(r.bytes(), r.from(field), r.to(field), format.decimalMark());
            if (Double.isNaN(v)) {
                String s = text(r);
                try {
                    v = Cells.number(s, format.decimalMark());
                } catch (NumberFormatException e) {
                    throw new InputException(where(r) + ": '" + s.trim() + "' is not a number");
                }
            }
            column.append(v);
        }

        @Override
        Column<?> finish() {
            column.trimToSize();
            return column;
        }
    }

    /** Texts, dictionary-coded by Tablesaw's string column; missing cells are its missing value. */
    static final class Texts extends ColumnLoader {
        private final StringColumn column;
        private final TextCells cells;
        private final TextInterner interner;

        Texts(String columnName, String name, int field, Path file, CsvFormat format, TextCells cells) {
            super(name, field, file, format);
            this.column = StringColumn.create(columnName);
            this.cells = cells;
            this.interner = new TextInterner(format.charset());
        }

        @Override
        void add(CsvRecords r) throws InputException {
            try {
                String s = r.escaped(field) ? escaped(r) : plain(r);
                if (s == null) {
                    column.appendMissing();
                } else {
                    column.append(s);
                }
            } catch (CharacterCodingException e) {
                throw new InputException(where(r) + ": not " + format.charset().name() + " text");
            }
        }

        private String escaped(CsvRecords r) throws CharacterCodingException {
            String s = text(r);
            if (cells == TextCells.TRIMMED) {
                s = s.trim();
            }
            return Cells.isMissing(s) ? null : interner.intern(s);
        }

        private String plain(CsvRecords r) throws CharacterCodingException {
            byte[] b = r.bytes();
            int from = r.from(field);
            int to = r.to(field);
            if (cells == TextCells.TRIMMED) {
                while (from < to && (b[from] & 0xff) <= ' ') {
                    from++;
                }
                while (to > from && (b[to - 1] & 0xff) <= ' ') {
                    to--;
                }
            }
            Charset charset = format.charset();
            return Cells.isMissing(b, from, to, charset) ? null : interner.intern(b, from, to);
        }

        @Override
        Column<?> finish() {
            return column;
        }
    }
}
