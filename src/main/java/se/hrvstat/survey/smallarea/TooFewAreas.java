package se.hrvstat.survey.smallarea;

/**
 * The model has fewer sampled areas than it has parameters (the coefficients and σ²_v): a property
 * of the data (a small sample, or areas held back by the disclosure rules), not a fault in them.
 */
public final class TooFewAreas extends IllegalArgumentException {
    TooFewAreas(int areas, int coefficients) {
        super(areas + " areas cannot fit " + coefficients + " coefficients and σ²_v");
    }
}
