package io.cardvault.application.port.in.collection;

import io.cardvault.domain.account.AccountId;
import java.util.Currency;

/**
 * Use case: the value of the owner's current holdings on each of the last {@code days} days (today
 * included), each day at the prices stored for it, for the collection page's chart. It shows how the
 * holdings' market moved, not what the collection held on those days (additions are not replayed).
 * {@code days} runs from 1 to {@link #MAX_DAYS}; the currency rule is the summary's.
 */
public interface GetPortfolioHistoryUseCase {

    int DEFAULT_DAYS = 30;
    int MAX_DAYS = 365;

    PortfolioHistory history(AccountId owner, Currency currency, int days);
}
