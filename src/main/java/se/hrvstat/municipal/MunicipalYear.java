package se.hrvstat.municipal;

import java.util.List;

import se.hrvstat.result.CaseCount;
import se.hrvstat.result.EffortReturn;
import se.hrvstat.result.PopulationCount;

/**
 * The municipal mapping of one reference year as published: the latest return per
 * (municipality, sector), the latest efforts return per municipality, and the population.
 */
public record MunicipalYear(int year, List<CaseCount> cases, List<EffortReturn> efforts,
                            List<PopulationCount> population) {
    public MunicipalYear {
        cases = List.copyOf(cases);
        efforts = List.copyOf(efforts);
        population = List.copyOf(population);
    }
}
