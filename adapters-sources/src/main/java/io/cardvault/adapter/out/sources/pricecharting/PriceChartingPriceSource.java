package io.cardvault.adapter.out.sources.pricecharting;

import io.cardvault.adapter.out.sources.pricefile.FaultTolerantPriceSource;
import io.cardvault.adapter.out.sources.pricefile.MalformedPriceFileException;
import io.cardvault.adapter.out.sources.pricefile.RestClients;
import io.cardvault.adapter.out.sources.pricefile.UpstreamUnavailableException;
import io.cardvault.application.port.out.price.FetchOutcome;
import io.cardvault.application.port.out.price.PriceFile;
import io.cardvault.application.port.out.price.PriceFileRequest;
import io.cardvault.domain.price.PriceSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Downloads and parses PriceCharting's price guide CSV of one category (the token is a subscriber's). */
@ApplicationScoped
class PriceChartingPriceSource extends FaultTolerantPriceSource {

    private final URI baseUrl;
    private final String token;
    private final String category;
    private final RestClients<PriceChartingApi> clients = new RestClients<>(PriceChartingApi.class);

    @Inject
    PriceChartingPriceSource(@ConfigProperty(name = "CARDVAULT_PRICECHARTING_URL") String baseUrl,
                             @ConfigProperty(name = "CARDVAULT_PRICECHARTING_TOKEN") String token,
                             @ConfigProperty(name = "CARDVAULT_PRICECHARTING_CATEGORY", defaultValue = PriceChartingFormat.POKEMON_CATEGORY)
                             String category) {
        this.baseUrl = URI.create(baseUrl);
        this.token = token;
        this.category = category;
    }

    /** For CDI's client proxy only. */
    protected PriceChartingPriceSource() {
        this.baseUrl = null;
        this.token = null;
        this.category = null;
    }

    @Override
    public PriceSource source() {
        return PriceSource.PRICECHARTING;
    }

    @Override
    protected FetchOutcome download(PriceFileRequest request) {
        URI base = request.baseUrl().orElse(baseUrl);
        String date = request.history() ? request.day().toString() : null;
        // the token stays out of logs and provenance
        String upstream = base + "/price-guide/download-custom?category=" + category + (date == null ? "" : "&date=" + date);
        try {
            RestClients.Fetched csv = RestClients.read(clients.at(base).priceGuide(token, category, date), upstream);
            PriceChartingParser.Guide guide = PriceChartingParser.parse(csv.body().bytes());
            return new FetchOutcome.Fetched(new PriceFile(PriceSource.PRICECHARTING, upstream, request.day(),
                    csv.body().sha1(), csv.sandbox(), guide.quotes()));
        } catch (MalformedPriceFileException e) {
            throw new MalformedPriceFileException(upstream + ": " + e.getMessage(), e);
        } catch (ProcessingException e) {
            throw new UpstreamUnavailableException(upstream + " unreachable: " + e.getMessage(), e);
        }
    }
}
