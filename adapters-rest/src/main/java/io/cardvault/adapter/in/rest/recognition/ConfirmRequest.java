package io.cardvault.adapter.in.rest.recognition;

/** {@code {"scan_id": "...", "card_id": 891}}; missing fields are reported as 422 by the resource. */
public record ConfirmRequest(String scanId, Long cardId) {
}
