package se.hrvstat.municipal;

import java.util.List;
import java.util.Map;

/** The codes of EXCHANGE.md 2.1 in publication order, and their Swedish labels. */
final class Codes {
    static final String PERSONS = "personer";
    static final List<String> SECTORS = List.of("socialtjanst", "skola", "halso_sjukvard", "ovrigt");
    static final List<String> SEXES = List.of("flicka_kvinna", "pojke_man", "annat", "okant");
    /** Sexes the population file counts (rates exist only for these). */
    static final List<String> POPULATION_SEXES = List.of("flicka_kvinna", "pojke_man");
    static final List<String> AGE_GROUPS = List.of("0-12", "13-17", "18-25", "26+", "okand");
    /** Age groups the population file counts. */
    static final List<String> POPULATION_AGES = List.of("0-12", "13-17", "18-25", "26+");
    static final List<String> TYPES = List.of("kontroll", "hot", "vald", "tvangsaktenskap", "barnaktenskap",
            "konsstympning", "bortforande");

    static final Map<String, String> LABEL = Map.ofEntries(
            Map.entry("socialtjanst", "Socialtjänst"), Map.entry("skola", "Skola"),
            Map.entry("halso_sjukvard", "Hälso- och sjukvård"), Map.entry("ovrigt", "Övrigt"),
            Map.entry("flicka_kvinna", "Flickor/kvinnor"), Map.entry("pojke_man", "Pojkar/män"),
            Map.entry("annat", "Annat kön"), Map.entry("okant", "Okänt kön"),
            Map.entry("0-12", "0–12 år"), Map.entry("13-17", "13–17 år"), Map.entry("18-25", "18–25 år"),
            Map.entry("26+", "26 år och äldre"), Map.entry("okand", "Okänd ålder"),
            Map.entry("kontroll", "Kontroll och begränsningar"), Map.entry("hot", "Hot"),
            Map.entry("vald", "Fysiskt våld"), Map.entry("tvangsaktenskap", "Tvångsäktenskap"),
            Map.entry("barnaktenskap", "Barnäktenskap"), Map.entry("konsstympning", "Könsstympning"),
            Map.entry("bortforande", "Bortförande till utlandet"));

    static final String ALL_SECTORS = "Samtliga sektorer";
    static final String ALL = "Samtliga";
    static final String NATION = "Riket";

    private Codes() {
    }

    static String label(String code) {
        String l = LABEL.get(code);
        if (l == null) {
            throw new IllegalArgumentException("no label for the code " + code);
        }
        return l;
    }
}
