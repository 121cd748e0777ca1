package io.cardvault.application.port.out;

import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.ProductRef;
import io.cardvault.application.port.out.price.UpstreamQuote;
import io.cardvault.domain.price.PriceSource;
import io.cardvault.domain.price.PriceType;
import java.math.BigDecimal;
import java.util.List;

/** The in-memory price source obeys the contract the vendors' HTTP adapters do. */
class InMemoryPriceSourceTest extends FetchPriceFilePortContract {

    private static final List<UpstreamQuote> FILE = List.of(
            new UpstreamQuote(new ProductRef(ProductRef.Market.CARDMARKET, 271439, ""), PriceType.TREND, null,
                    new BigDecimal("383.38")),
            new UpstreamQuote(new ProductRef(ProductRef.Market.CARDMARKET, 271439, ""), PriceType.LOW, null,
                    new BigDecimal("85")));

    @Override
    protected FetchPriceFilePort publishing() {
        return new InMemoryPriceSource(PriceSource.CARDMARKET).serve(DAY, FILE);
    }

    @Override
    protected FetchPriceFilePort publishingMalformed() {
        return new InMemoryPriceSource(PriceSource.CARDMARKET).serve(DAY, FILE).fail(DAY, FetchOutcome.Reason.MALFORMED);
    }

    @Override
    protected FetchPriceFilePort unavailable() {
        return new InMemoryPriceSource(PriceSource.CARDMARKET).serve(DAY.minusDays(1), FILE);
    }
}
