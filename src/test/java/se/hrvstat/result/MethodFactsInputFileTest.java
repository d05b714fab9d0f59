package se.hrvstat.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The method chapter lists each input file under the survey or the mapping by the folder the file
 * comes from (EXCHANGE.md: {@code survey/<wave>/} holds design, responses, population and the area
 * covariates; {@code municipal/<year>/} the rest). area_covariates.csv was listed under
 * "kartläggningen" before, although it is a survey wave's file.
 */
class MethodFactsInputFileTest {
    private static MethodFacts.InputFile file(String kind) {
        return new MethodFacts.InputFile(kind, 2024, kind + ".csv", 1, 0, "abc");
    }

    @Test
    void theSurveyWavesFilesAreTheSurveysAreaCovariatesIncluded() {
        for (String kind : new String[] {"design", "responses", "population", "area_covariates"}) {
            assertThat(file(kind).survey()).as(kind).isTrue();
        }
    }

    @Test
    void theMappingsFilesAreNot() {
        // "form": a municipality's filled-in Excel form, registered under its own kind
        for (String kind : new String[] {"municipal_population", "returns", "efforts", "form"}) {
            assertThat(file(kind).survey()).as(kind).isFalse();
        }
    }
}
