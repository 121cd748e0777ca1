package io.cardvault.adapter.in.rest.marketplace;

import io.cardvault.application.port.in.marketplace.BidView;
import java.util.List;

/** The list shape for a listing's bids, newest first. */
public record BidListResponse(List<BidResponse> items, long total, int limit, int offset) {

    static BidListResponse from(List<BidView> all, int limit, int offset) {
        return new BidListResponse(all.stream().skip(offset).limit(limit).map(BidResponse::from).toList(), all.size(), limit,
                offset);
    }
}
