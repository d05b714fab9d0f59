package se.hrvstat.result;

import java.util.List;
import java.util.Objects;

/**
 * What a municipal fact sheet says: the municipality's own figures beside its county's and the
 * nation's, disclosure control already applied (a suppressed figure is a SUPPRESSED cell, no
 * number). Made by {@code publish.FactSheets.fromTables} from StatTables whose stub is municipalities, or
 * directly by the municipal statistics.
 *
 * @param year             reference year
 * @param municipalityCode four-digit municipality code, e.g. {@code 0180}
 * @param municipalityName e.g. "Stockholm"
 * @param countyName       e.g. "Stockholms län"
 * @param lines            figures in print order
 * @param notes            Swedish footnotes and source lines, in order
 */
public record FactSheet(int year, String municipalityCode, String municipalityName, String countyName,
                        List<Line> lines, List<String> notes) {

    public FactSheet {
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /**
     * One figure of the sheet.
     *
     * @param group        heading the line is printed under (the table it comes from)
     * @param label        what the figure is, e.g. "Socialtjänst"
     * @param decimals     decimals printed
     * @param municipality the municipality's cell
     * @param county       the county's cell ({@link StatTable.Cell#missing()} if not published)
     * @param nation       the nation's cell ({@link StatTable.Cell#missing()} if not published)
     */
    public record Line(String group, String label, int decimals, StatTable.Cell municipality, StatTable.Cell county,
                       StatTable.Cell nation) {
    }
}
