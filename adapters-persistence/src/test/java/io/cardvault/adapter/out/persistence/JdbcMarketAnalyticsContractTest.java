package io.cardvault.adapter.out.persistence;

import io.cardvault.application.port.out.LoadMarketAnalyticsPort;
import io.cardvault.application.port.out.LoadMarketAnalyticsPortContract;
import io.cardvault.domain.analytics.MarketCard;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;

/** The analytics reads' contract on real MariaDB with the real migrations, rows written as the ingest leaves them. */
class JdbcMarketAnalyticsContractTest extends LoadMarketAnalyticsPortContract {

    private static DataSource dataSource;
    private static ContractCatalogue catalogue;

    @BeforeAll
    static void database() {
        dataSource = TestDatabase.fresh("market_analytics_contract");
        catalogue = new ContractCatalogue(dataSource);
    }

    @Override
    protected LoadMarketAnalyticsPort port() {
        return new JdbcMarketAnalytics(dataSource);
    }

    @Override
    protected void givenCard(MarketCard card) {
        catalogue.card(card.id(), card.tcgSlug(), card.setName(), card.name(), card.rarity(), null, null);
    }

    @Override
    protected void givenVariant(long cardId, long variantId, String language, String printRun, String finish) {
        catalogue.variant(cardId, variantId, language, printRun, finish, null, null);
    }

    @Override
    protected void givenSnapshot(long cardId, long variantId, PriceSource source, Optional<Grading> grading, LocalDate day,
                                 Currency currency, BigDecimal price) {
        new MarketFixture(dataSource, day).snapshot(cardId, source.code(), variantId,
                grading.map(slab -> slab.company().code()).orElse(""), grading.map(Grading::grade).orElse(""),
                currency.getCurrencyCode(), day, price);
    }

    @Override
    protected void givenLatest(long cardId, long variantId, PriceSource source, PriceType type, Currency currency,
                               BigDecimal amount, LocalDate day) {
        new MarketFixture(dataSource, day).latest(cardId, variantId, source.code(), source.region().code(), type.code(),
                currency.getCurrencyCode(), amount.toPlainString());
    }
}
