package se.hrvstat.ingest.form;

import java.util.List;

/**
 * The text of the sheet {@value MunicipalForm#SHEET_INSTRUCTIONS}: how to fill in the form, in
 * Swedish ({@code report-templates/form.properties}), one line a row in column A. Not read back.
 */
final class FormInstructions {

    /** The lines, {@code form.instructions.1} ... of {@link FormWords}. */
    static final List<String> LINES = FormWords.numbered("form.instructions");

    private FormInstructions() {
    }

    /** Whether line {@code index} (0-based) is a heading, set in bold: the title and "Så fyller du i blanketten". */
    static boolean isHeading(int index) {
        return index == 0 || index == 2;
    }
}
