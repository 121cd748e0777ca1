package io.cardvault.domain.recognition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfidenceBucketTest {

    @Test
    void givenScoresAroundTheContractBoundaries_bucket_followsTheContract() {
        assertThat(ConfidenceBucket.of(0.76, false)).isEqualTo(ConfidenceBucket.HIGH);
        assertThat(ConfidenceBucket.of(0.75, false)).isEqualTo(ConfidenceBucket.MEDIUM);
        assertThat(ConfidenceBucket.of(0.50, false)).isEqualTo(ConfidenceBucket.MEDIUM);
        assertThat(ConfidenceBucket.of(0.4999, false)).isEqualTo(ConfidenceBucket.LOW);
        assertThat(ConfidenceBucket.of(0.30, false)).isEqualTo(ConfidenceBucket.LOW);
    }

    @Test
    void givenAScoreUnderTheLowestBucket_bucket_isLow() {
        assertThat(ConfidenceBucket.of(0.05, false)).isEqualTo(ConfidenceBucket.LOW);
    }

    @Test
    void givenVisualAndTextDisagree_bucket_isConflictWhateverTheScore() {
        assertThat(ConfidenceBucket.of(0.95, true)).isEqualTo(ConfidenceBucket.CONFLICT);
        assertThat(ConfidenceBucket.CONFLICT.needsConfirmation()).isTrue();
        assertThat(ConfidenceBucket.MEDIUM.needsConfirmation()).isFalse();
    }

    @Test
    void givenAScoreOutsideTheUnitInterval_bucket_isRejected() {
        assertThatThrownBy(() -> ConfidenceBucket.of(1.2, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceBucket.of(Double.NaN, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
