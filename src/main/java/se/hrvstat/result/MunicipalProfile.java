package se.hrvstat.result;

import java.util.List;
import java.util.Objects;

/**
 * What a municipal profile (fact sheet, web page) says about one municipality that returned its
 * mapping, free of layout and I/O so that the PDF and the web edition show the same: known
 * persons and the rate per 10 000 inhabitants with its exact Poisson interval beside the county,
 * the nation and the municipality's own last year; the efforts beside last year, the county and
 * the nation; the coverage of the county and the nation; and the modelled survey prevalence of the
 * small-area step where it exists. Disclosure control is already applied: every count and rate is
 * the cell of the published municipal tables (a suppressed figure is a SUPPRESSED cell, no number).
 *
 * @param year          reference year
 * @param code          four-digit municipality code, e.g. {@code 0180}
 * @param name          e.g. "Stockholm"
 * @param county        the county's full name, e.g. "Västerbottens län"
 * @param previousYear  the year compared with ({@code year - 1})
 * @param level         confidence level of the rates' intervals, e.g. 0.95
 * @param persons       known persons: municipality, county, nation, municipality last year
 * @param efforts       the efforts, in the order of the efforts tables
 * @param coverage      returned municipalities and inhabitants: county, nation
 * @param modelled      the modelled survey prevalence of the headline indicators (empty when the
 *                      year has no small-area estimates)
 * @param disclosure    how the counts were protected, as in the tables (the profile's notes say so)
 */
public record MunicipalProfile(int year, String code, String name, String county, int previousYear, double level,
                               Persons persons,
                               List<Effort> efforts, Coverage coverage, List<Modelled> modelled,
                               DisclosureFacts disclosure) {

    public MunicipalProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(disclosure, "disclosure");
        efforts = List.copyOf(efforts);
        modelled = List.copyOf(modelled);
    }

    /** A profile under the shipped disclosure rules ({@link DisclosureFacts#SHIPPED}: suppression). */
    public MunicipalProfile(int year, String code, String name, String county, int previousYear, double level,
                            Persons persons, List<Effort> efforts, Coverage coverage, List<Modelled> modelled) {
        this(year, code, name, county, previousYear, level, persons, efforts, coverage, modelled,
                DisclosureFacts.SHIPPED);
    }

    /** A count with its rate per 10 000 inhabitants and the rate's interval, each a published cell. */
    public record Rate(StatTable.Cell persons, StatTable.Cell rate, StatTable.Cell low, StatTable.Cell high) {
        /** All four not available (the area did not return, or the year is not known). */
        public static Rate missing() {
            return new Rate(StatTable.Cell.missing(), StatTable.Cell.missing(), StatTable.Cell.missing(),
                    StatTable.Cell.missing());
        }
    }

    /** Known persons of the municipality, its county, the nation, and the municipality the year before. */
    public record Persons(Rate municipality, Rate county, Rate nation, Rate lastYear) {
        /** The municipality's change since last year in persons and in the rate per 10 000 ({@link #difference}). */
        public Change change() {
            return new Change(difference(municipality.persons(), lastYear.persons()),
                    difference(municipality.rate(), lastYear.rate()));
        }
    }

    /** A change since last year: in known persons and in the rate per 10 000 inhabitants. */
    public record Change(StatTable.Cell persons, StatTable.Cell rate) {
    }

    /**
     * {@code now − before} of two published cells, never derived from a figure that is not published:
     * missing when either is missing (no return that year), withheld ({@code ..}) when either is
     * withheld, so a withheld figure can not be got back from a published one and the difference;
     * uncertain when either is uncertain.
     */
    public static StatTable.Cell difference(StatTable.Cell now, StatTable.Cell before) {
        if (now.status() == StatTable.Status.MISSING || before.status() == StatTable.Status.MISSING) {
            return StatTable.Cell.missing();
        }
        if (now.status() == StatTable.Status.SUPPRESSED || before.status() == StatTable.Status.SUPPRESSED) {
            return StatTable.Cell.suppressed();
        }
        boolean uncertain = now.status() == StatTable.Status.UNCERTAIN || before.status() == StatTable.Status.UNCERTAIN;
        return new StatTable.Cell(now.value() - before.value(), uncertain ? StatTable.Status.UNCERTAIN : StatTable.Status.VALUE);
    }

    /**
     * One effort: for the municipality yes (100) or no (0), or the share of staff trained in
     * percent; for the county and the nation the share of returning municipalities with it (percent).
     *
     * @param yesNo true for a yes/no effort (the municipality's value prints as Ja/Nej)
     */
    public record Effort(String label, boolean yesNo, StatTable.Cell municipality, StatTable.Cell lastYear,
                         StatTable.Cell county, StatTable.Cell nation) {
    }

    /** How many municipalities returned, of how many, and the share of the inhabitants they hold (percent). */
    public record Share(int returned, int municipalities, double inhabitantsPercent) {
    }

    /** Coverage of the county and of the nation. */
    public record Coverage(Share county, Share nation) {
    }

    /** The same profile with the modelled survey shares of the small-area step. */
    public MunicipalProfile withModelled(List<Modelled> shares) {
        return new MunicipalProfile(year, code, name, county, previousYear, level, persons, efforts, coverage, shares,
                disclosure);
    }

    /** The same profile under {@code facts}' disclosure method. */
    public MunicipalProfile withDisclosure(DisclosureFacts facts) {
        return new MunicipalProfile(year, code, name, county, previousYear, level, persons, efforts, coverage, modelled,
                facts);
    }

    /**
     * A modelled (small-area) survey share of the municipality beside the survey's direct estimates of
     * its county and of the nation (the rows {@code lanskod=NN} and all students of
     * {@code estimates-<year>.csv}).
     *
     * @param rule        the small-area publication rule, which says how the municipality's figure is published
     * @param estimate    the municipality's model-based estimate, a share in [0, 1]
     * @param low         lower end of its interval (share)
     * @param high        upper end of its interval (share)
     * @param county      the county's direct estimate
     * @param nation      the nation's direct estimate
     */
    public record Modelled(String indicator, String label, SmallAreaRule rule, double estimate,
                           double low, double high, Direct county, Direct nation) {

        /** A figure shown with its interval whatever its precision, without county and nation. */
        public Modelled(String indicator, String label, double estimate, double low, double high) {
            this(indicator, label, SmallAreaRule.showAll(1.959963984540054), estimate, low, high, Direct.missing(),
                    Direct.missing());
        }

        /** How the municipality's figure is published under the rule. */
        public SmallAreaRule.Publication publication() {
            return rule.classOf(estimate, low, high);
        }
    }

    /**
     * A direct survey estimate as published in {@code estimates-<year>.csv}, in percent: the share and
     * its interval, each a cell (uncertain where the row is flagged {@code uncertain}, suppressed where
     * it is {@code suppressed}, missing where there is no row).
     */
    public record Direct(StatTable.Cell share, StatTable.Cell low, StatTable.Cell high) {
        public static Direct missing() {
            return new Direct(StatTable.Cell.missing(), StatTable.Cell.missing(), StatTable.Cell.missing());
        }
    }
}
