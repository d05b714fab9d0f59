package se.hrvstat.ingest.form;

/**
 * A municipality's efforts (insatser) for one year, EXCHANGE.md 2.2 (the {@code ja/nej} columns as
 * booleans; {@code year}, {@code kommunkod} and {@code submitted} are in {@link FormContent}).
 */
public record Efforts(boolean actionPlan, boolean routineSocial, boolean routineSchool, boolean coordinator,
        long staffTrained, long staffTotal, boolean cooperationPolice, boolean cooperationRegion,
        boolean preventiveMethod) {
}
