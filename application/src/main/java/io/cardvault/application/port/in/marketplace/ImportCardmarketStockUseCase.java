package io.cardvault.application.port.in.marketplace;

/**
 * Use case: a seller's Cardmarket stock export becomes draft listings
 * ({@code POST /seller/cardmarket/import}), one per article whose card the catalogue knows (by
 * Cardmarket's product id first, as the collection import matches), at the article's price,
 * condition and copies; drafts are published one by one. The seller must be set up
 * ({@link io.cardvault.domain.marketplace.SellerSetupRequiredException}). One transaction; the
 * report says for every line whether it was imported, unmatched or invalid, and why.
 */
public interface ImportCardmarketStockUseCase {

    CardmarketImportReport importStock(ImportCardmarketStockCommand command);
}
