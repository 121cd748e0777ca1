package io.cardvault.adapter.in.rest.community;

import java.util.List;

/** The list shape: {@code items}, {@code total}, {@code limit}, {@code offset}. */
public record ForumPostPageResponse(List<ForumPostResponse> items, long total, int limit, int offset) {
}
