package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.BulkDownload;
import io.cardvault.application.port.in.platform.GetBulkFileUseCase;
import io.cardvault.application.port.out.BulkFileStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.platform.BulkDataKind;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The current file of a kind, for a download. */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class GetBulkFileService implements GetBulkFileUseCase {

    private final BulkFileStorePort files;

    @Inject
    public GetBulkFileService(BulkFileStorePort files) {
        this.files = files;
    }

    /** For CDI's client proxy only. */
    protected GetBulkFileService() {
        this(null);
    }

    @Override
    public Optional<BulkDownload> download(BulkDataKind kind) {
        return files.current(kind).map(stored -> new BulkDownload(stored.file(), stored.path()));
    }
}
