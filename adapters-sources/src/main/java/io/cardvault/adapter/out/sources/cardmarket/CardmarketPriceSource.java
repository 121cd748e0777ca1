package io.cardvault.adapter.out.sources.cardmarket;

import io.cardvault.adapter.out.sources.pricefile.FaultTolerantPriceSource;
import io.cardvault.adapter.out.sources.pricefile.MalformedPriceFileException;
import io.cardvault.adapter.out.sources.pricefile.RestClients;
import io.cardvault.adapter.out.sources.pricefile.UpstreamBody;
import io.cardvault.adapter.out.sources.pricefile.UpstreamUnavailableException;
import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.PriceFileRequest;
import io.cardvault.application.port.out.price.UpstreamQuote;
import io.cardvault.domain.price.PriceSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches Cardmarket's singles catalogue and price guide, parses both whole, and keeps the guide's
 * rows of products the catalogue lists as singles (the guide also prices sealed products).
 */
@ApplicationScoped
class CardmarketPriceSource extends FaultTolerantPriceSource {

    private final URI baseUrl;
    private final int game;
    private final RestClients<CardmarketApi> clients = new RestClients<>(CardmarketApi.class);

    @Inject
    CardmarketPriceSource(@ConfigProperty(name = "CARDVAULT_CARDMARKET_URL") String baseUrl,
                          @ConfigProperty(name = "CARDVAULT_CARDMARKET_GAME", defaultValue = "" + CardmarketFormat.POKEMON_GAME) int game) {
        this.baseUrl = URI.create(baseUrl);
        this.game = game;
    }

    /** For CDI's client proxy only. */
    protected CardmarketPriceSource() {
        this.baseUrl = null;
        this.game = 0;
    }

    @Override
    public PriceSource source() {
        return PriceSource.CARDMARKET;
    }

    @Override
    protected FetchOutcome download(PriceFileRequest request) {
        URI base = request.baseUrl().orElse(baseUrl);
        String date = request.history() ? request.day().toString() : null;
        CardmarketApi api = clients.at(base);
        String productsUrl = base + "/productList/products_singles_" + game + ".json";
        String guideUrl = base + "/priceGuide/price_guide_" + game + ".json" + (date == null ? "" : "?date=" + date);
        try {
            RestClients.Fetched products = RestClients.read(api.products(game, date), productsUrl);
            RestClients.Fetched guide = RestClients.read(api.priceGuide(game, date), guideUrl);
            CardmarketParser.Products singles = CardmarketParser.parseProducts(products.body().bytes());
            CardmarketParser.Guide parsed = CardmarketParser.parseGuide(guide.body().bytes());
            List<UpstreamQuote> quotes = parsed.quotes().stream()
                    .filter(quote -> singles.ids().contains(quote.product().id())).toList();
            return new FetchOutcome.Fetched(new PriceFile(PriceSource.CARDMARKET, guideUrl, parsed.createdOn(),
                    UpstreamBody.combined(List.of(products.body(), guide.body())), guide.sandbox(), quotes));
        } catch (MalformedPriceFileException e) {
            throw new MalformedPriceFileException(guideUrl + ": " + e.getMessage(), e);
        } catch (ProcessingException e) {
            throw new UpstreamUnavailableException(
                    guideUrl + " unreachable: " + e.getMessage(), e);
        }
    }
}
