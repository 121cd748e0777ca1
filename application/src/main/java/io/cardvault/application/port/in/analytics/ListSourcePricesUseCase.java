package io.cardvault.application.port.in.analytics;


/** Use case: newest headline values per source and card variant, paged. */
public interface ListSourcePricesUseCase {

    SourcePricePage list(SourcePriceQuery query);
}
