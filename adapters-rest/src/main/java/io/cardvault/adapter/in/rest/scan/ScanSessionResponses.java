package io.cardvault.adapter.in.rest.scan;

import io.cardvault.application.port.in.scan.OpenedScanSession;
import io.cardvault.application.port.in.scan.ScanSessionView;
import io.cardvault.domain.scan.ScanCard;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The spec's shapes of the scan-session answers. */
public final class ScanSessionResponses {

    private ScanSessionResponses() {
    }

    /** {@code POST /api/scan-sessions}: everything the desktop hands the phone; the token appears here only. */
    public record Created(String sessionId, String claimToken, String confirmationCode, String qrUrl, String deeplink,
                   String expiresAt) {

        static Created from(OpenedScanSession opened, String deeplink) {
            return new Created(opened.id().value(), opened.token().value(), opened.confirmationCode().value(),
                    "/api/scan-sessions/" + opened.id().value() + "/qr.png", deeplink, time(opened.expiresAt()));
        }
    }

    /** {@code GET /api/scan-sessions/{id}} and the phone's acts: the session as it now is. */
    public record Session(String sessionId, String status, String deviceName, List<Card> results, String expiresAt) {

        static Session from(ScanSessionView view) {
            return new Session(view.id().value(), view.status().code(), view.deviceName().orElse(null),
                    view.results().stream().map(Card::from).toList(), time(view.expiresAt()));
        }
    }

    /** The claim's answer: the session and the code the phone shows, to compare with the desktop's. */
    public record Claimed(String sessionId, String status, String deviceName, String confirmationCode, String expiresAt) {
    }

    /** One card the phone reported, its recognition as the JSON object it was given as. */
    public record Card(int cardIndex, String capturedAt, String imageUrl, JsonObject recognition) {

        static Card from(ScanCard card) {
            return new Card(card.cardIndex(), card.capturedAt().map(ScanSessionResponses::time).orElse(null),
                    card.imageUrl().orElse(null), object(card.recognitionJson()));
        }
    }

    /** {@code POST …/upload-photo}. */
    public record Uploaded(boolean ok, String imageUrl, long size, int cardIndex) {
    }

    /** {@code POST …/results}. */
    public record Recorded(boolean ok, int recorded, Session session) {
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
