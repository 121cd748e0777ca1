package io.cardvault.adapter.out.sources.tcgcsv;

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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Walks tcgcsv for each configured category ({@code CARDVAULT_TCGCSV_CATEGORIES}: Pokémon, Magic and
 * Flesh and Blood by default): categories (each must be listed), its groups, and per group the
 * products and their prices; a price of a product the group does not list is dropped. A past day
 * comes from the daily archive instead. Every file of the walk is read and parsed before the result
 * is returned, so one bad group rejects the whole ingest.
 */
@ApplicationScoped
@Timeout(300_000) // the walk reads hundreds of files
class TcgcsvPriceSource extends FaultTolerantPriceSource {

    private final URI baseUrl;
    private final List<Long> categories;
    private final RestClients<TcgcsvApi> clients = new RestClients<>(TcgcsvApi.class);

    @Inject
    TcgcsvPriceSource(@ConfigProperty(name = "CARDVAULT_TCGCSV_URL") String baseUrl,
                      @ConfigProperty(name = "CARDVAULT_TCGCSV_CATEGORIES", defaultValue = TcgcsvFormat.DEFAULT_CATEGORIES)
                      List<Long> categories) {
        this.baseUrl = URI.create(baseUrl);
        this.categories = List.copyOf(categories);
    }

    /** For CDI's client proxy only. */
    protected TcgcsvPriceSource() {
        this.baseUrl = null;
        this.categories = List.of();
    }

    @Override
    public PriceSource source() {
        return PriceSource.TCGCSV;
    }

    @Override
    protected FetchOutcome download(PriceFileRequest request) {
        URI base = request.baseUrl().orElse(baseUrl);
        TcgcsvApi api = clients.at(base);
        String upstream = base + "/tcgplayer/" + categories.get(0);
        try {
            if (request.history()) {
                String url = base + "/archive/tcgplayer/prices-" + request.day() + ".zip";
                RestClients.Fetched archive = RestClients.read(api.pricesArchive(request.day().toString()), url);
                List<UpstreamQuote> quotes = archive(archive.body().bytes(), Set.copyOf(categories), url);
                return new FetchOutcome.Fetched(new PriceFile(PriceSource.TCGCSV, url, request.day(),
                        archive.body().sha1(), archive.sandbox(), quotes));
            }
            List<UpstreamBody> bodies = new ArrayList<>();
            RestClients.Fetched listed = RestClients.read(api.categories(), base + "/tcgplayer/categories");
            bodies.add(listed.body());
            Set<Long> known = new HashSet<>();
            TcgcsvParser.categories(listed.body().bytes()).forEach(category -> known.add(category.id()));
            List<UpstreamQuote> quotes = new ArrayList<>();
            for (long category : categories) {
                upstream = base + "/tcgplayer/" + category;
                if (!known.contains(category)) {
                    throw new MalformedPriceFileException("category " + category + " is not listed");
                }
                walk(api, base + "/tcgplayer/" + category, category, bodies, quotes);
            }
            return new FetchOutcome.Fetched(new PriceFile(PriceSource.TCGCSV, base + "/tcgplayer/" + categories.get(0),
                    request.day(), UpstreamBody.combined(bodies), listed.sandbox(), quotes));
        } catch (MalformedPriceFileException e) {
            throw new MalformedPriceFileException(upstream + ": " + e.getMessage(), e);
        } catch (ProcessingException e) {
            throw new UpstreamUnavailableException(upstream + " unreachable: " + e.getMessage(), e);
        }
    }

    /** One category's groups, and each group's products and prices. */
    private static void walk(TcgcsvApi api, String upstream, long category, List<UpstreamBody> bodies,
                             List<UpstreamQuote> quotes) {
        RestClients.Fetched groups = RestClients.read(api.groups(category), upstream + "/groups");
        bodies.add(groups.body());
        for (TcgcsvParser.Listing group : TcgcsvParser.groups(groups.body().bytes())) {
            String groupUrl = upstream + "/" + group.id();
            RestClients.Fetched products = RestClients.read(api.products(category, group.id()), groupUrl + "/products");
            RestClients.Fetched prices = RestClients.read(api.prices(category, group.id()), groupUrl + "/prices");
            bodies.add(products.body());
            bodies.add(prices.body());
            Set<Long> listed = new HashSet<>();
            TcgcsvParser.products(products.body().bytes()).forEach(product -> listed.add(product.id()));
            for (UpstreamQuote quote : TcgcsvParser.prices(prices.body().bytes(), groupUrl)) {
                if (listed.contains(quote.product().id())) {
                    quotes.add(quote);
                }
            }
        }
    }

    /** The prices files of {@code categories} in a daily archive ({@code <date>/<category>/<group>/prices}). */
    static List<UpstreamQuote> archive(byte[] zip, Set<Long> categories, String url) {
        List<UpstreamQuote> quotes = new ArrayList<>();
        int files = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String[] path = entry.getName().split("/");
                if (path.length == 4 && isCategory(path[1], categories) && TcgcsvFormat.PRICES.equals(path[3])) {
                    quotes.addAll(TcgcsvParser.prices(in.readAllBytes(), url + "!" + entry.getName()));
                    files++;
                }
            }
        } catch (IOException e) {
            throw new MalformedPriceFileException("unreadable archive " + url + ": " + e.getMessage(), e);
        }
        if (files == 0) {
            throw new MalformedPriceFileException("archive " + url + " holds no prices of categories " + categories);
        }
        return quotes;
    }

    private static boolean isCategory(String folder, Set<Long> categories) {
        try {
            return categories.contains(Long.parseLong(folder));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
