package se.hrvstat.ingest.form;

import static se.hrvstat.ingest.form.MunicipalForm.EFFORT_FIELDS;
import static se.hrvstat.ingest.form.MunicipalForm.MEASURES;

import java.util.Locale;

/**
 * The Swedish words of the form beside its codes, for the people who fill it in: labels of the
 * sectors, sexes and measures, the questions of the efforts fields and the explanation of each
 * count row, from {@link FormWords}. Only codes are read back; these words are written and never read.
 */
final class FormLabels {

    private FormLabels() {
    }

    static String sector(String sector) {
        return FormWords.get("form.sector." + sector);
    }

    static String sex(String sex) {
        return FormWords.get("form.sex." + sex);
    }

    /** The column heading of measure {@code m} (in {@link MunicipalForm#MEASURES} order). */
    static String measure(int m) {
        return FormWords.get("form.measure." + MEASURES.get(m));
    }

    /** The question of effort field {@code index} (in {@link MunicipalForm#EFFORT_FIELDS} order). */
    static String effortQuestion(int index) {
        return FormWords.get("form.effort." + EFFORT_FIELDS.get(index));
    }

    /** The row in words, such as "Socialtjänst, flicka/kvinna, 13–17 år". */
    static String explanation(CaseRow row) {
        return sector(row.sector()) + ", " + sex(row.sex()).toLowerCase(Locale.ROOT) + ", " + age(row.ageGroup());
    }

    private static String age(String ageGroup) {
        return ageGroup.equals("okand") ? FormWords.get("form.age.unknown") : FormWords.get("form.age", ageGroup.replace("-", "–"));
    }
}
