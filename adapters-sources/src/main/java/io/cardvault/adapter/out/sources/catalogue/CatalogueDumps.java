package io.cardvault.adapter.out.sources.catalogue;

import io.cardvault.application.port.out.ReadCatalogueSourcePort;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The catalogue sources of every dump format: opens a source with the first format that knows its
 * name, bounded to the sets {@code CARDVAULT_CATALOGUE_SET_FILTER} names for that source, if any
 * (see {@link SetFilter}).
 */
@ApplicationScoped
class CatalogueDumps implements ReadCatalogueSourcePort {

    private final List<ReadCatalogueSourcePort> formats;
    private final SetFilter filter;

    @Inject
    CatalogueDumps(@Any Instance<CatalogueDumpSource> formats,
                   @ConfigProperty(name = "CARDVAULT_CATALOGUE_SET_FILTER", defaultValue = SetFilter.NONE) String filter) {
        this(formats.stream().map(ReadCatalogueSourcePort.class::cast).toList(), SetFilter.parse(filter));
    }

    CatalogueDumps(List<ReadCatalogueSourcePort> formats, SetFilter filter) {
        this.formats = List.copyOf(formats);
        this.filter = filter;
    }

    /** For CDI's client proxy only. */
    protected CatalogueDumps() {
        this.formats = null;
        this.filter = null;
    }

    @Override
    public Optional<CatalogueFeed> open(String source) {
        for (ReadCatalogueSourcePort format : formats) {
            Optional<CatalogueFeed> feed = format.open(source);
            if (feed.isPresent()) {
                return feed.map(opened -> filter.apply(source, opened));
            }
        }
        return Optional.empty();
    }
}
