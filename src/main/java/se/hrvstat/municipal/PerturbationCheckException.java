package se.hrvstat.municipal;

import java.util.List;

/**
 * The Cell Key Method's run-time check failed: a published count is more than D from its true
 * count, a zero was created or removed, or two outputs show different figures for the same cell.
 * Nothing may be published. The message names the cells, not their true values' context beyond
 * the first few lines (it goes to the run's log, never into a publication).
 */
public class PerturbationCheckException extends RuntimeException {
    public PerturbationCheckException(int year, List<String> violations) {
        super("cell key-kontrollen underkände kommuntabellerna " + year + ": " + violations.size()
                + " fel, t.ex. " + String.join("; ", violations.subList(0, Math.min(5, violations.size()))));
    }
}
