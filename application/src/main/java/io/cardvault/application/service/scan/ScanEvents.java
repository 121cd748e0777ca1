package io.cardvault.application.service.scan;

import io.cardvault.domain.realtime.ScanResult;
import io.cardvault.domain.scan.ScanCard;
import io.cardvault.domain.scan.ScanSessionId;
import java.util.Locale;

/**
 * The four session events with the spec's payloads ({@code claimed}, {@code photo}, {@code result},
 * {@code completed}), as {@link ScanResult}s for {@code scan:<session>}: the SSE stream and the
 * WebSocket topic both read them.
 */
final class ScanEvents {

    static final String CLAIMED = "claimed";
    static final String PHOTO = "photo";
    static final String RESULT = "result";
    static final String COMPLETED = "completed";

    private ScanEvents() {
    }

    static ScanResult claimed(ScanSessionId id, String deviceName) {
        return new ScanResult(id.value(), CLAIMED, "{\"device_name\":" + quote(deviceName) + "}");
    }

    static ScanResult photo(ScanSessionId id, int cardIndex, String imageUrl) {
        return new ScanResult(id.value(), PHOTO, String.format(Locale.ROOT, "{\"card_index\":%d,\"image_url\":%s}",
                cardIndex, quote(imageUrl)));
    }

    /** The recognition is a JSON object already (checked when the report was read): passed through as it is. */
    static ScanResult result(ScanSessionId id, ScanCard card) {
        return new ScanResult(id.value(), RESULT, String.format(Locale.ROOT, "{\"card_index\":%d,\"recognition\":%s}",
                card.cardIndex(), card.recognitionJson()));
    }

    static ScanResult completed(ScanSessionId id, int count) {
        return new ScanResult(id.value(), COMPLETED, String.format(Locale.ROOT, "{\"count\":%d}", count));
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
