package se.hrvstat.publish.web;

import java.util.List;

import se.hrvstat.result.AnnualReport;
import se.hrvstat.result.FactSheet;

/**
 * Where the municipal pages get their content: one profile per municipality that returned, its
 * figures beside its county's and the nation's. Today the fact sheets' content; the lead may plug
 * in the municipal profiles here.
 */
@FunctionalInterface
public interface MunicipalProfiles {
    List<FactSheet> of(AnnualReport report);
}
