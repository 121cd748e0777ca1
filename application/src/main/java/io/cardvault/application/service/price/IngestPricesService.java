package io.cardvault.application.service.price;

import io.cardvault.application.port.in.price.IngestPriceFilesUseCase;
import io.cardvault.application.port.in.price.IngestPricesCommand;
import io.cardvault.application.port.in.price.IngestPricesUseCase;
import io.cardvault.application.port.in.price.IngestReport;
import io.cardvault.application.port.out.LoadPricedVariantsPort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.price.PriceSource;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Ingests one file on its own: a run of one file against the catalogue as it is now, its latest
 * prices moved at once ({@link IngestPriceFilesUseCase} does the fetching, joining and writing).
 */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class IngestPricesService implements IngestPricesUseCase {

    /** The upstreams a day of prices is read from (daily run and backfill alike), in the order its files are written. */
    static final List<PriceSource> DAY_SOURCES = List.of(PriceSource.CARDMARKET, PriceSource.TCGCSV, PriceSource.PRICECHARTING);

    private final IngestPriceFilesUseCase files;
    private final LoadPricedVariantsPort variants;

    @Inject
    public IngestPricesService(IngestPriceFilesUseCase files, LoadPricedVariantsPort variants) {
        this.files = files;
        this.variants = variants;
    }

    /** For CDI's client proxy only. */
    protected IngestPricesService() {
        this.files = null;
        this.variants = null;
    }

    @Override
    public IngestReport ingest(IngestPricesCommand command) {
        // a run of one file: the day's next file is another source's series, hours of idleness follow
        try (IngestPriceFilesUseCase.PriceFileRun run = files.startRun(variants.pricedVariants())) {
            return run.write(run.prepare(command), false, Optional.empty());
        }
    }
}
