package io.cardvault.domain.recognition;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaptureAdviceTest {

    private static CaptureQuality withAdvice(List<CaptureAdvice> advice) {
        return new CaptureQuality(0.7, CaptureQuality.Reliability.HIGH, CaptureQuality.GlareSeverity.NONE, 300, false,
                CaptureQuality.Verdict.LIKELY_REAL, 0.1, advice);
    }

    @Test
    void a_cut_off_card_names_the_side_and_other_advice_names_none() {
        assertThat(CaptureAdvice.cutOff(CaptureAdvice.Side.LEFT).side()).contains(CaptureAdvice.Side.LEFT);
        assertThat(CaptureAdvice.of(CaptureAdvice.Code.TOO_DARK).side()).isEmpty();

        assertThatThrownBy(() -> new CaptureAdvice(CaptureAdvice.Code.CUT_OFF, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaptureAdvice(CaptureAdvice.Code.GLARE, Optional.of(CaptureAdvice.Side.TOP)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_report_keeps_its_advice_unchangeable_and_refuses_the_same_advice_twice() {
        java.util.ArrayList<CaptureAdvice> advice = new java.util.ArrayList<>(List.of(
                CaptureAdvice.cutOff(CaptureAdvice.Side.LEFT), CaptureAdvice.cutOff(CaptureAdvice.Side.TOP)));
        CaptureQuality quality = withAdvice(advice);
        advice.clear();

        assertThat(quality.advice()).hasSize(2);
        assertThatThrownBy(() -> quality.advice().add(CaptureAdvice.of(CaptureAdvice.Code.GLARE)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> withAdvice(List.of(CaptureAdvice.of(CaptureAdvice.Code.GLARE),
                CaptureAdvice.of(CaptureAdvice.Code.GLARE)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CaptureQuality(0.7, CaptureQuality.Reliability.HIGH, CaptureQuality.GlareSeverity.NONE, 300,
                false, CaptureQuality.Verdict.LIKELY_REAL, 0.1).advice()).isEmpty();
    }

    @Test
    void a_frame_without_an_outline_has_found_no_card() {
        assertThat(OutlineDetection.NOTHING.cardFound()).isFalse();
        CardOutline outline = new CardOutline(List.of(new CardOutline.Corner(0, 0), new CardOutline.Corner(10, 0),
                new CardOutline.Corner(10, 14), new CardOutline.Corner(0, 14)));
        OutlineDetection found = new OutlineDetection(Optional.of(outline), List.of(CaptureAdvice.of(CaptureAdvice.Code.TOO_FAR)));
        assertThat(found.cardFound()).isTrue();
        assertThat(found.advice()).containsExactly(CaptureAdvice.of(CaptureAdvice.Code.TOO_FAR));
    }
}
