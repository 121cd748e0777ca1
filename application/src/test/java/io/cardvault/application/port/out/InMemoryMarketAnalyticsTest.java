package io.cardvault.application.port.out;

import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** The fake keeps the analytics reads' contract, so service tests on it mean something. */
class InMemoryMarketAnalyticsTest extends LoadMarketAnalyticsPortContract {

    private final InMemoryMarketAnalytics fake = new InMemoryMarketAnalytics();

    @Override
    protected LoadMarketAnalyticsPort port() {
        return fake;
    }

    @Override
    protected void givenCard(MarketCard card) {
        fake.givenCard(card);
    }

    @Override
    protected void givenVariant(long cardId, long variantId, String language, String printRun, String finish) {
        fake.givenVariant(cardId, variantId, language, printRun, finish);
    }

    @Override
    protected void givenSnapshot(long cardId, long variantId, PriceSource source, Optional<Grading> grading, LocalDate day,
                                 Currency currency, BigDecimal price) {
        fake.givenSnapshot(cardId, variantId, source, grading, day, currency, price);
    }

    @Override
    protected void givenLatest(long cardId, long variantId, PriceSource source, PriceType type, Currency currency,
                               BigDecimal amount, LocalDate day) {
        fake.givenLatest(cardId, variantId, source, type, currency, amount, day);
    }
}
