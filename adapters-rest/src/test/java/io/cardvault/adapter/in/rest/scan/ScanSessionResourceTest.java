package io.cardvault.adapter.in.rest.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.cardvault.adapter.in.rest.JsonConfiguration;
import io.cardvault.domain.scan.ClaimToken;
import io.cardvault.domain.scan.InvalidScanDataException;
import io.cardvault.domain.scan.ScanSessionId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ScanSessionResourceTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void the_qr_code_is_a_256_pixel_png_of_the_deeplink() throws Exception {
        ScanSessionId id = ScanSessionId.generate(Instant.now(), RANDOM);
        ClaimToken token = ClaimToken.generate(RANDOM);
        String deeplink = ScanSessionsResource.deeplink("https://cards.example/", id, token);

        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(ScanSessionResource.qrPng(deeplink)));

        assertThat(deeplink).isEqualTo("https://cards.example/scan-pwa?session=" + id.value() + "&t=" + token.value());
        assertThat(qr.getWidth()).isEqualTo(256);
        assertThat(qr.getHeight()).isEqualTo(256);
        // a code as drawn, not photographed: ZXing's detector for photos misses about 1 in 75 such clean images
        assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(qr))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText()).isEqualTo(deeplink);
    }

    @Test
    void the_answers_serialise_in_the_contract_s_snake_case() {
        ScanSessionId id = ScanSessionId.generate(Instant.parse("2026-05-07T13:02:11Z"), RANDOM);
        String created = JsonConfiguration.jsonb().toJson(new ScanSessionResponses.Created(id.value(), "ct_x", "042193",
                "/api/scan-sessions/" + id.value() + "/qr.png", "http://localhost/scan-pwa", "2026-05-07T13:32:11Z"));
        String session = JsonConfiguration.jsonb().toJson(new ScanSessionResponses.Recorded(true, 1,
                new ScanSessionResponses.Session(id.value(), "active", "Pixel 8", List.of(new ScanSessionResponses.Card(0, null,
                        null, ScanSessionResponses.object("{\"candidates\":[{\"card_id\":5}]}"))), "2026-05-07T13:32:11Z")));

        assertThat(created).contains("\"session_id\":\"" + id.value() + "\"", "\"claim_token\":\"ct_x\"",
                "\"confirmation_code\":\"042193\"", "\"qr_url\":", "\"deeplink\":", "\"expires_at\":");
        assertThat(session).contains("\"device_name\":\"Pixel 8\"", "\"card_index\":0",
                "\"recognition\":{\"candidates\":[{\"card_id\":5}]}", "\"captured_at\":null");
    }

    @Test
    void a_results_body_keeps_each_recognition_as_the_object_it_was() {
        List<ScanBodies.ReportedCard> cards = ScanBodies.cards("{\"cards\":[{\"card_index\":0,\"captured_at\":"
                + "\"2026-05-07T13:14:01Z\",\"recognition\":{\"candidates\":[{\"card_id\":5}]}},{\"card_index\":1}]}", 100);

        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).capturedAt()).contains(Instant.parse("2026-05-07T13:14:01Z"));
        assertThat(cards.get(0).recognition()).contains("{\"candidates\":[{\"card_id\":5}]}");
        assertThat(cards.get(1).recognition()).isEmpty();
    }

    @Test
    void a_malformed_results_body_names_its_field() {
        assertThatThrownBy(() -> ScanBodies.cards("[]", 100)).isInstanceOfSatisfying(InvalidScanDataException.class,
                e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> ScanBodies.cards("{\"cards\":[]}", 100)).isInstanceOfSatisfying(InvalidScanDataException.class,
                e -> assertThat(e.field()).isEqualTo("cards"));
        assertThatThrownBy(() -> ScanBodies.cards("{\"cards\":[{\"card_index\":1.5}]}", 100))
                .isInstanceOfSatisfying(InvalidScanDataException.class, e -> assertThat(e.field()).isEqualTo("card_index"));
        assertThatThrownBy(() -> ScanBodies.cards("{\"cards\":[{\"card_index\":0,\"recognition\":[1]}]}", 100))
                .isInstanceOfSatisfying(InvalidScanDataException.class, e -> assertThat(e.field()).isEqualTo("recognition"));
        assertThatThrownBy(() -> ScanBodies.cards("{\"cards\":[{\"card_index\":0,\"captured_at\":\"yesterday\"}]}", 100))
                .isInstanceOfSatisfying(InvalidScanDataException.class, e -> assertThat(e.field()).isEqualTo("captured_at"));
    }

    @Test
    void the_device_name_comes_from_json_or_a_form() {
        assertThat(ScanBodies.deviceName("{\"device_name\":\"Pixel 8\"}", "application/json")).isEqualTo("Pixel 8");
        assertThat(ScanBodies.deviceName("device_name=Pixel+8", "application/x-www-form-urlencoded")).isEqualTo("Pixel 8");
        assertThat(ScanBodies.deviceName("", null)).isNull();
        assertThatThrownBy(() -> ScanBodies.deviceName("device_name=%zz", "application/x-www-form-urlencoded"))
                .isInstanceOf(InvalidScanDataException.class);
    }
}
