package io.cardvault.application.service.platform;

import io.cardvault.application.port.in.platform.ListBulkFilesUseCase;
import io.cardvault.application.port.out.BulkFileStorePort;
import io.cardvault.application.port.out.bulk.StoredBulkFile;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.platform.BulkDataKind;
import io.cardvault.domain.platform.BulkFile;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The manifest: the current file of each kind that has one. */
@UseCase
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ListBulkFilesService implements ListBulkFilesUseCase {

    private final BulkFileStorePort files;

    @Inject
    public ListBulkFilesService(BulkFileStorePort files) {
        this.files = files;
    }

    /** For CDI's client proxy only. */
    protected ListBulkFilesService() {
        this(null);
    }

    @Override
    public List<BulkFile> list() {
        return Arrays.stream(BulkDataKind.values())
                .map(files::current)
                .flatMap(Optional::stream)
                .map(StoredBulkFile::file)
                .toList();
    }
}
