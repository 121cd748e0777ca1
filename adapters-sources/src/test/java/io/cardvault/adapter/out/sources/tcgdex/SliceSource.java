package io.cardvault.adapter.out.sources.tcgdex;

import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.ReadCatalogueSourcePort;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.CardSet;
import jakarta.json.Json;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real tcgdex source, narrowed to a few sets, plus extra raw rows (bad ones, for the skip
 * rule). Lives in the adapter's package (test sources, shipped in this module's test-jar) to build
 * its package-private classes, so web-ui's end-to-end import tests need no class in this package.
 */
public final class SliceSource implements ReadCatalogueSourcePort {

    static final Path DATA = Path.of(System.getenv().getOrDefault("CARDVAULT_CATALOGUE_DIR", "../../shared/data/catalogue"));

    private final TcgdexCatalogueSource real = new TcgdexCatalogueSource(DATA);
    private final Set<String> sets;
    private final List<String> extraRawRows;

    public SliceSource(Set<String> sets, List<String> extraRawRows) {
        this.sets = sets;
        this.extraRawRows = extraRawRows;
    }

    /** The whole, unfiltered source. */
    public static ReadCatalogueSourcePort whole() {
        return new TcgdexCatalogueSource(DATA);
    }

    @Override
    public Optional<CatalogueFeed> open(String source) {
        return real.open(source).map(feed -> new CatalogueFeed() {
            @Override
            public String gameSlug() {
                return feed.gameSlug();
            }

            @Override
            public List<CardSet> sets() {
                return feed.sets().stream().filter(set -> sets.contains(set.key().externalId())).toList();
            }

            @Override
            public Stream<SourceRow> rows() {
                Map<String, CardSet> byId = new java.util.HashMap<>();
                feed.sets().forEach(set -> byId.put(set.key().externalId(), set));
                TcgdexCardMapper mapper = new TcgdexCardMapper(byId);
                Stream<SourceRow> extra = extraRawRows.stream()
                        .map(raw -> mapper.map(Json.createReader(new StringReader(raw)).readObject(), 0));
                return Stream.concat(feed.rows().filter(row -> !(row instanceof SourceRow.Parsed parsed)
                        || sets.contains(parsed.setExternalId())).filter(row -> row instanceof SourceRow.Parsed), extra);
            }

            @Override
            public void close() {
                feed.close();
            }
        });
    }
}
