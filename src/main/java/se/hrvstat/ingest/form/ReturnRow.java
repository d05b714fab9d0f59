package se.hrvstat.ingest.form;

/**
 * One count of a municipal return (EXCHANGE.md 2.1): the persons known to a sector, by sex and
 * age group, for one measure ({@code personer} or a type of violence).
 *
 * @param sector   {@code socialtjanst}, {@code skola}, {@code halso_sjukvard} or {@code ovrigt}
 * @param sex      {@code flicka_kvinna}, {@code pojke_man}, {@code annat} or {@code okant}
 * @param ageGroup the column {@code age_group}: {@code 0-12}, {@code 13-17}, {@code 18-25}, {@code 26+}, {@code okand}
 * @param measure  {@code personer} or one of the violence types
 * @param value    the count, {@code >= 0}
 */
public record ReturnRow(String sector, String sex, String ageGroup, String measure, long value) {
}
