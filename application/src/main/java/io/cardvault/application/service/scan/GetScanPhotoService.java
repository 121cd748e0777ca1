package io.cardvault.application.service.scan;

import io.cardvault.application.port.in.scan.GetScanPhotoUseCase;
import io.cardvault.application.port.in.scan.ScanAccess;
import io.cardvault.application.port.out.ScanPhotoStorePort;
import io.cardvault.application.port.out.ScanSessionStorePort;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.scan.ScanSessionId;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** A session's photo for its owner or its phone; the session's access rule decides, the file store answers. */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS)
public class GetScanPhotoService implements GetScanPhotoUseCase {

    private final ScanSessionStorePort store;
    private final ScanPhotoStorePort photos;

    @Inject
    public GetScanPhotoService(ScanSessionStorePort store, ScanPhotoStorePort photos) {
        this.store = store;
        this.photos = photos;
    }

    /** For CDI's client proxy only. */
    protected GetScanPhotoService() {
        this(null, null);
    }

    @Override
    public Optional<byte[]> photo(ScanSessionId id, int cardIndex, ScanAccess access) {
        if (ScanSessionAccess.read(store, id, access).photoCount() <= cardIndex || cardIndex < 0) {
            return Optional.empty();
        }
        return photos.find(id, cardIndex);
    }
}
