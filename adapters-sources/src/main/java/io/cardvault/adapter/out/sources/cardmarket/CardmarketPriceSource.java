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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches Cardmarket's singles catalogue and price guide of each configured game
 * ({@code CARDVAULT_CARDMARKET_GAMES}: Pokémon and Magic by default), parses them whole, and keeps
 * the guides' rows of products the catalogues list as singles (the guides also price sealed
 * products). The games' files make one price file, dated by the first guide.
 */
@ApplicationScoped
class CardmarketPriceSource extends FaultTolerantPriceSource {

    private final URI baseUrl;
    private final List<Integer> games;
    private final RestClients<CardmarketApi> clients = new RestClients<>(CardmarketApi.class);

    @Inject
    CardmarketPriceSource(@ConfigProperty(name = "CARDVAULT_CARDMARKET_URL") String baseUrl,
                          @ConfigProperty(name = "CARDVAULT_CARDMARKET_GAMES", defaultValue = CardmarketFormat.DEFAULT_GAMES)
                          List<Integer> games) {
        this.baseUrl = URI.create(baseUrl);
        this.games = List.copyOf(games);
    }

    /** For CDI's client proxy only. */
    protected CardmarketPriceSource() {
        this.baseUrl = null;
        this.games = List.of();
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
        String firstGuideUrl = guideUrl(base, games.get(0), date);
        String guideUrl = firstGuideUrl;
        try {
            List<UpstreamBody> bodies = new ArrayList<>();
            List<UpstreamQuote> quotes = new ArrayList<>();
            LocalDate createdOn = null;
            boolean sandbox = true;
            for (int game : games) {
                guideUrl = guideUrl(base, game, date);
                RestClients.Fetched products = RestClients.read(api.products(game, date),
                        base + "/productList/products_singles_" + game + ".json");
                RestClients.Fetched guide = RestClients.read(api.priceGuide(game, date), guideUrl);
                CardmarketParser.Products singles = CardmarketParser.parseProducts(products.body().bytes());
                CardmarketParser.Guide parsed = CardmarketParser.parseGuide(guide.body().bytes());
                parsed.quotes().stream().filter(quote -> singles.ids().contains(quote.product().id())).forEach(quotes::add);
                bodies.add(products.body());
                bodies.add(guide.body());
                createdOn = createdOn == null ? parsed.createdOn() : createdOn;
                sandbox &= guide.sandbox();
            }
            return new FetchOutcome.Fetched(new PriceFile(PriceSource.CARDMARKET, firstGuideUrl, createdOn,
                    UpstreamBody.combined(bodies), sandbox, quotes));
        } catch (MalformedPriceFileException e) {
            throw new MalformedPriceFileException(guideUrl + ": " + e.getMessage(), e);
        } catch (ProcessingException e) {
            throw new UpstreamUnavailableException(
                    guideUrl + " unreachable: " + e.getMessage(), e);
        }
    }

    private static String guideUrl(URI base, int game, String date) {
        return base + "/priceGuide/price_guide_" + game + ".json" + (date == null ? "" : "?date=" + date);
    }
}
