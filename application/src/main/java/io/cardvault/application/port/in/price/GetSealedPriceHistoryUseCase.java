package io.cardvault.application.port.in.price;

import io.cardvault.domain.catalogue.SealedProduct;
import io.cardvault.domain.price.SealedPriceSnapshot;
import java.util.List;

/** Use case: a sealed product's daily market values over the last {@code days} days. */
public interface GetSealedPriceHistoryUseCase {

    int DEFAULT_DAYS = 90;
    int MAX_DAYS = 3650;

    /** The product and its snapshots by day; unknown product or game: not found. */
    SealedHistory history(String gameSlug, long productId, int days);

    record SealedHistory(SealedProduct product, List<SealedPriceSnapshot> snapshots) {
        public SealedHistory {
            snapshots = List.copyOf(snapshots);
        }
    }
}
