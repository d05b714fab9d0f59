package se.hrvstat.result;

/** A municipality's latest efforts return for a year (EXCHANGE.md 2.2). */
public record EffortReturn(String kommunkod, boolean actionPlan, boolean routineSocial, boolean routineSchool,
                           boolean coordinator, long staffTrained, long staffTotal, boolean cooperationPolice,
                           boolean cooperationRegion, boolean preventiveMethod) {
}
