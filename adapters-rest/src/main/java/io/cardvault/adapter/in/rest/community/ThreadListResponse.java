package io.cardvault.adapter.in.rest.community;

import java.util.List;

/** {@code GET /api/messages/threads}: the caller's conversations, most recently active first. */
public record ThreadListResponse(List<ThreadResponse> items, long total) {
}
