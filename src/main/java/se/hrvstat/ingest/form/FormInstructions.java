package se.hrvstat.ingest.form;

import java.util.List;

/**
 * The text of the sheet {@value MunicipalForm#SHEET_INSTRUCTIONS}: how to fill in the form, in
 * Swedish, one line a row in column A. Not read back.
 */
final class FormInstructions {

    static final List<String> LINES = List.of(
            "Kartläggning av hedersrelaterat våld och förtryck – kommunens uppgifter",
            "",
            "Så fyller du i blanketten",
            "1. Fyll i fliken \"Uppgifter\": kommunkod (fyra siffror, t.ex. 0180), referensår (t.ex. 2024) och "
                    + "datum och tid för inlämning (ÅÅÅÅ-MM-DDTtt:mm:ssZ, t.ex. 2025-03-14T09:30:00Z).",
            "2. Svara ja eller nej på frågorna om kommunens insatser och ange antal anställda som heltal. "
                    + "Antalet utbildade får inte vara större än antalet anställda.",
            "3. Fyll i fliken \"Kända fall\": antal personer som varit kända för respektive verksamhet under "
                    + "kalenderåret, per kön och åldersgrupp.",
            "   Kolumnen \"Antal personer\" är antalet unika personer. Övriga kolumner anger hur många av dessa "
                    + "personer som utsatts för respektive form; en person kan räknas i flera former.",
            "   Ett antal för en form får aldrig vara större än antalet personer på samma rad.",
            "4. Skriv endast heltal (0 eller större). En tom cell räknas som 0.",
            "5. Ändra inte flikarnas namn, rubriker eller koderna i kolumnerna A–C och rad 5; "
                    + "blanketten läses maskinellt.",
            "6. Ange inga namn eller personnummer någonstans i blanketten.",
            "",
            "Behöver ni lämna nya uppgifter ersätter en senare inlämning för samma år och kommun den tidigare.",
            "Frågor: Nationellt centrum mot hedersrelaterat våld och förtryck, Länsstyrelsen Östergötland.");

    private FormInstructions() {
    }

    /** Whether line {@code index} (0-based) is a heading, set in bold: the title and "Så fyller du i blanketten". */
    static boolean isHeading(int index) {
        return index == 0 || index == 2;
    }
}
