package se.hrvstat.municipal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.hrvstat.result.EffortReturn;
import se.hrvstat.result.MunicipalProfile;

/**
 * The profiles of the municipalities that returned (cases or efforts), built from the same cells,
 * suppression pattern and rules as the published tables, so that a profile shows nothing the
 * tables withhold: a count is the cell of {@code kanda-personer-kommun}, a rate follows
 * {@link RateTables}' rule, the county and nation figures are the cells of the county tables.
 * Last year's counts and rates come from last year's returns under the same rules (its own
 * primary and secondary suppression, as that year's tables were published).
 */
final class MunicipalProfiles {
    private final Geography geo;
    private final RateTables rates;
    private final Optional<RateTables> lastYearRates;
    private final EffortTables efforts;
    private final Coverage coverage;
    private final Set<String> returning;
    private final double level;

    MunicipalProfiles(Geography geo, RateTables rates, Optional<RateTables> lastYearRates, EffortTables efforts,
                      Coverage coverage, Set<String> returning, double level) {
        this.level = level;
        this.geo = geo;
        this.rates = rates;
        this.lastYearRates = lastYearRates;
        this.efforts = efforts;
        this.coverage = coverage;
        this.returning = returning;
    }

    /** One profile per municipality that returned cases or efforts, in code order. */
    List<MunicipalProfile> build(MunicipalYear year) {
        Set<String> codes = new TreeSet<>(returning);
        year.efforts().stream().map(EffortReturn::kommunkod).forEach(codes::add);
        Coverage.Share nation = coverage.national(returning);
        List<MunicipalProfile> profiles = new ArrayList<>();
        for (String kod : codes) {
            String lan = geo.county(kod);
            MunicipalProfile.Persons persons = new MunicipalProfile.Persons(rates.municipality(kod), rates.county(lan),
                    rates.nation(), lastYearRates.map(r -> r.municipality(kod)).orElseGet(MunicipalProfile.Rate::missing));
            MunicipalProfile.Coverage covered = new MunicipalProfile.Coverage(
                    share(coverage.of(geo.municipalitiesOf(lan), returning)), share(nation));
            profiles.add(new MunicipalProfile(year.year(), kod, geo.municipalities().get(kod), geo.counties().get(lan),
                    year.year() - 1, level, persons, efforts.profile(kod), covered, List.of()));
        }
        return profiles;
    }

    private static MunicipalProfile.Share share(Coverage.Share s) {
        return new MunicipalProfile.Share(s.returned(), s.municipalities(), s.populationPercent());
    }
}
