package io.cardvault.adapter.in.rest.collection;

import java.util.List;

/** {@code GET /wishlist}: every wish, newest first, and how many. */
public record WishlistResponse(List<WishlistItemResponse> items, int total) {

    public WishlistResponse {
        items = List.copyOf(items);
    }
}
