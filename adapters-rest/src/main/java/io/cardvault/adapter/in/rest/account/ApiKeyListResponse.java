package io.cardvault.adapter.in.rest.account;

import java.util.List;

/** {@code {"items": [...]}} of {@code GET /api/keys}. */
public record ApiKeyListResponse(List<ApiKeyResponse> items) {

    public ApiKeyListResponse {
        items = List.copyOf(items);
    }
}
