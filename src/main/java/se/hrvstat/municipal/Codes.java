package se.hrvstat.municipal;

import java.util.List;

/** The codes of EXCHANGE.md 2.1 in publication order; their Swedish labels are {@link Words#code}. */
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

    private Codes() {
    }
}
