package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.WriteBulkDataUseCase;
import io.cardvault.application.port.out.BulkFileStorePort;
import io.cardvault.application.port.out.ExportCataloguePort;
import io.cardvault.application.port.out.bulk.BulkFileDraft;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.platform.BulkDataKind;
import io.cardvault.domain.platform.BulkFile;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes each bulk file by streaming the store's records straight into a draft: no file's content
 * is ever held in memory, whatever the catalogue's size. Outside any transaction: the export reads
 * for minutes at full size and must not hold a transaction (or its timeout) open meanwhile.
 */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class WriteBulkDataService implements WriteBulkDataUseCase {

    private static final Logger LOG = Logger.getLogger(WriteBulkDataService.class.getName());

    private final ExportCataloguePort export;
    private final BulkFileStorePort files;
    private final Clock clock;

    @Inject
    public WriteBulkDataService(ExportCataloguePort export, BulkFileStorePort files) {
        this(export, files, Clock.systemUTC());
    }

    public WriteBulkDataService(ExportCataloguePort export, BulkFileStorePort files, Clock clock) {
        this.export = export;
        this.files = files;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected WriteBulkDataService() {
        this(null, null, null);
    }

    @Override
    public List<BulkFile> writeAll() {
        List<BulkFile> written = new ArrayList<>();
        for (BulkDataKind kind : BulkDataKind.values()) {
            written.add(write(kind));
        }
        return written;
    }

    private BulkFile write(BulkDataKind kind) {
        Instant started = clock.instant();
        try (BulkFileDraft draft = files.begin(kind)) {
            long records = switch (kind) {
                case ALL_CARDS -> export.exportCards(draft::append);
                case LATEST_PRICES -> export.exportLatestPrices(draft::append);
            };
            BulkFile file = draft.publish(clock.instant());
            LOG.info(() -> "Bulk file " + kind.code() + ": " + records + " records, " + file.sizeBytes() + " bytes in "
                    + Duration.between(started, clock.instant()).toMillis() + " ms");
            return file;
        }
    }
}
