package io.cardvault.application.port.in.poketrace;

/** Use case: a page of one tier's daily prices of a market card, newest day first. */
public interface GetTierHistoryUseCase {

    KeyedPage<TierHistoryRow, HistoryKey> history(TierHistoryQuery query);
}
