package se.hrvstat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.hrvstat.survey.disclosure.DomainDifferencing.Partition;

/** The partitions read from domain labels, against a list written out by hand. */
class DomainPartitionsTest {

    @Test
    void allStudentsSplitBySexAndByGradeAndEachMarginSplitsIntoItsCrossCells() {
        List<String> labels = List.of("", "sex=1", "sex=3", "grade=9", "grade=11",
                "sex=1;grade=9", "sex=1;grade=11", "sex=3;grade=9", "sex=3;grade=11");

        List<Partition> partitions = DomainPartitions.of(labels);

        // by hand: all = sex 1, 3 | all = grade 9, 11 | sex=1 = cells 5, 6 | grade=9 = cells 5, 7 |
        //          grade=11 = cells 6, 8 | sex=3 = cells 7, 8
        assertThat(partitions).extracting(p -> p.whole() + ":" + java.util.Arrays.toString(p.parts()))
                .containsExactlyInAnyOrder("0:[1, 2]", "0:[3, 4]", "1:[5, 6]", "3:[5, 7]", "4:[6, 8]", "2:[7, 8]");
    }

    @Test
    void aCrossWithoutItsMarginsIsNoPartOfAnything() {
        assertThat(DomainPartitions.of(List.of("", "sex=1;grade=9", "sex=2;grade=9"))).isEmpty();
    }
}
