package io.cardvault.application.port.out.recognition;

import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.domain.recognition.CardOutline;
import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.domain.recognition.ScoreComponents;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecognitionRecordsTest {

    private static final ScoreComponents COMPONENTS = new ScoreComponents(0.9, 1.0, 0.95, 0.7, 1.0);
    private static final CaptureQuality QUALITY = new CaptureQuality(0.8, CaptureQuality.Reliability.HIGH,
            CaptureQuality.GlareSeverity.NONE, 900, false, CaptureQuality.Verdict.LIKELY_REAL, 0.04);

    @Test
    void givenEmptyBytes_cardPhoto_isRejected() {
        assertThatThrownBy(() -> new CardPhoto(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAComponentAboveOne_scoreComponents_areRejected() {
        assertThatThrownBy(() -> new ScoreComponents(1.1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenARotationThatIsNoQuarterTurn_candidate_isRejected() {
        assertThatThrownBy(() -> new RecognitionCandidate("base1-4", "Charizard", "base1", 0.9,
                ConfidenceBucket.HIGH, COMPONENTS, 45)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenCandidatesOutOfOrder_recognition_isRejected() {
        var low = new RecognitionCandidate("a-1", "A", "a", 0.4, ConfidenceBucket.LOW, COMPONENTS, 0);
        var high = new RecognitionCandidate("b-1", "B", "b", 0.9, ConfidenceBucket.HIGH, COMPONENTS, 0);
        assertThatThrownBy(() -> new CardRecognition(List.of(low, high), Optional.empty(), QUALITY, new ScanFingerprint(new byte[]{1})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenNoCandidate_recognition_isLowConfidence() {
        var recognition = new CardRecognition(List.of(), Optional.empty(), QUALITY, new ScanFingerprint(new byte[]{1}));
        assertThat(recognition.best()).isEmpty();
        assertThat(recognition.confidence()).isEqualTo(ConfidenceBucket.LOW);
    }
}
