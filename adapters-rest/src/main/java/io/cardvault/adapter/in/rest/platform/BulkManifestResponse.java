package io.cardvault.adapter.in.rest.platform;

import java.util.List;

/** The manifest in the API's list shape: every published file, all on one page. */
public record BulkManifestResponse(List<BulkFileResponse> items, int total, int limit, int offset) {

    static BulkManifestResponse of(List<BulkFileResponse> items) {
        return new BulkManifestResponse(items, items.size(), items.size(), 0);
    }
}
