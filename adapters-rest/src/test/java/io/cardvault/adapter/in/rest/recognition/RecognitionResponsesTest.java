package io.cardvault.adapter.in.rest.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.adapter.in.rest.JsonConfiguration;
import io.cardvault.application.port.in.recognition.CardRecognitionOutcome;
import io.cardvault.application.port.in.recognition.RecognizedCard;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.recognition.CaptureAdvice;
import io.cardvault.domain.recognition.CaptureQuality;
import io.cardvault.domain.recognition.CardOutline;
import io.cardvault.domain.recognition.ConfidenceBucket;
import io.cardvault.domain.recognition.OutlineDetection;
import io.cardvault.domain.recognition.ScoreComponents;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecognitionResponsesTest {

    private static final CardOutline OUTLINE = new CardOutline(List.of(new CardOutline.Corner(0.4, 12),
            new CardOutline.Corner(300, 10), new CardOutline.Corner(310, 430), new CardOutline.Corner(2, 440)));

    private static JsonObject json(Object answer) {
        return Json.createReader(new StringReader(JsonConfiguration.jsonb().toJson(answer))).readObject();
    }

    @Test
    void capture_quality_keeps_the_spec_s_fields_and_adds_the_advice_in_snake_case() {
        CaptureQuality quality = new CaptureQuality(0.61234, CaptureQuality.Reliability.MEDIUM,
                CaptureQuality.GlareSeverity.MILD, 88.5, true, CaptureQuality.Verdict.INCONCLUSIVE, 0.5,
                List.of(CaptureAdvice.cutOff(CaptureAdvice.Side.LEFT), CaptureAdvice.of(CaptureAdvice.Code.TOO_DARK)));
        CardRecognitionOutcome outcome = new CardRecognitionOutcome("20261207_130000_0a1b2c3d", List.of(new RecognizedCard(
                new CardId(891), "Charizard", "Base Set", "pokemon", 0.7, ConfidenceBucket.MEDIUM,
                new ScoreComponents(0.9, 1, 0.8, 0.6, 1), 90)), Optional.of(OUTLINE), quality);

        JsonObject capture = json(RecognitionResponses.recognized(outcome, false)).getJsonObject("capture_quality");

        assertThat(capture.keySet()).containsExactlyInAnyOrder("overall_score", "color_reliability", "glare_severity",
                "verdict", "fake_risk", "advice");
        assertThat(capture.getJsonNumber("overall_score").doubleValue()).isEqualTo(0.612);
        assertThat(capture.getString("glare_severity")).isEqualTo("mild");
        assertThat(capture.getString("verdict")).isEqualTo("inconclusive");
        assertThat(capture.getJsonArray("advice").getJsonObject(0).getString("code")).isEqualTo("cut_off");
        assertThat(capture.getJsonArray("advice").getJsonObject(0).getString("side")).isEqualTo("left");
        assertThat(capture.getJsonArray("advice").getJsonObject(1).getString("code")).isEqualTo("too_dark");
        assertThat(capture.getJsonArray("advice").getJsonObject(1).isNull("side")).isTrue();
    }

    @Test
    void detect_answers_the_contour_in_whole_pixels_with_its_advice_and_an_empty_list_for_a_good_frame() {
        JsonObject found = json(RecognitionResponses.detected(new OutlineDetection(Optional.of(OUTLINE),
                List.of(CaptureAdvice.of(CaptureAdvice.Code.TOO_FAR)))));
        JsonObject good = json(RecognitionResponses.detected(new OutlineDetection(Optional.of(OUTLINE), List.of())));
        JsonObject none = json(RecognitionResponses.detected(OutlineDetection.NOTHING));

        assertThat(found.getBoolean("card_found")).isTrue();
        assertThat(found.getJsonArray("contour")).hasSize(4);
        assertThat(found.getJsonArray("contour").getJsonArray(0).getJsonNumber(0).doubleValue()).isEqualTo(0.0);
        assertThat(found.getJsonArray("advice").getJsonObject(0).getString("code")).isEqualTo("too_far");
        assertThat(good.getJsonArray("advice")).isEmpty();
        assertThat(none.getBoolean("card_found")).isFalse();
        assertThat(none.getJsonArray("contour")).isEmpty();
        assertThat(none.getJsonArray("advice")).isEmpty();
    }
}
