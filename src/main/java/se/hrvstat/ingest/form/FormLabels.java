package se.hrvstat.ingest.form;

import static se.hrvstat.ingest.form.MunicipalForm.SECTORS;
import static se.hrvstat.ingest.form.MunicipalForm.SEXES;

import java.util.List;
import java.util.Locale;

/**
 * The Swedish words of the form beside its codes, for the people who fill it in: labels of the
 * sectors, sexes and measures, the questions of the efforts fields and the explanation of each
 * count row. Only codes are read back; these words are written and never read.
 */
final class FormLabels {

    private static final List<String> SECTOR_LABELS = List.of("Socialtjänst", "Skola", "Hälso- och sjukvård", "Övrigt");
    private static final List<String> SEX_LABELS = List.of("Flicka/kvinna", "Pojke/man", "Annat", "Okänt");
    private static final List<String> MEASURE_LABELS = List.of("Antal personer", "Kontroll och begränsningar",
            "Hot", "Fysiskt våld", "Tvångsäktenskap", "Barnäktenskap", "Könsstympning", "Bortförande");
    /** The questions of {@link MunicipalForm#EFFORT_FIELDS}, in the same order. */
    private static final List<String> EFFORT_QUESTIONS = List.of(
            "Har kommunen en antagen handlingsplan mot hedersrelaterat våld och förtryck? (ja/nej)",
            "Har socialtjänsten en rutin för ärenden med hedersrelaterat våld och förtryck? (ja/nej)",
            "Har skolorna en rutin för hedersrelaterat våld och förtryck? (ja/nej)",
            "Har kommunen en utsedd samordnare? (ja/nej)",
            "Antal anställda som utbildats i ämnet under året (heltal)",
            "Antal anställda i de berörda verksamheterna (heltal, minst 1)",
            "Finns strukturerad samverkan med polisen? (ja/nej)",
            "Finns strukturerad samverkan med regionens hälso- och sjukvård? (ja/nej)",
            "Arbetar kommunen med en kvalitetssäkrad förebyggande metod som följs upp? (ja/nej)");

    private FormLabels() {
    }

    static String sector(String sector) {
        return SECTOR_LABELS.get(SECTORS.indexOf(sector));
    }

    static String sex(String sex) {
        return SEX_LABELS.get(SEXES.indexOf(sex));
    }

    /** The column heading of measure {@code m} (in {@link MunicipalForm#MEASURES} order). */
    static String measure(int m) {
        return MEASURE_LABELS.get(m);
    }

    /** The question of effort field {@code index} (in {@link MunicipalForm#EFFORT_FIELDS} order). */
    static String effortQuestion(int index) {
        return EFFORT_QUESTIONS.get(index);
    }

    /** The row in words, such as "Socialtjänst, flicka/kvinna, 13–17 år". */
    static String explanation(CaseRow row) {
        return sector(row.sector()) + ", " + sex(row.sex()).toLowerCase(Locale.ROOT) + ", " + age(row.ageGroup());
    }

    private static String age(String ageGroup) {
        return ageGroup.equals("okand") ? "okänd ålder" : ageGroup.replace("-", "–") + " år";
    }
}
