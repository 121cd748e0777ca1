package io.cardvault.application.service.scan;

import io.cardvault.application.port.in.scan.ScanAccess;
import io.cardvault.application.port.in.scan.UploadScanPhotoUseCase;
import io.cardvault.application.port.in.scan.UploadedScanPhoto;
import io.cardvault.application.port.out.PrepareScanPhotoPort;
import io.cardvault.application.port.out.PublishMarketEventPort;
import io.cardvault.application.port.out.ScanPhotoStorePort;
import io.cardvault.application.port.out.ScanSessionStorePort;
import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.scan.ScanSession;
import io.cardvault.domain.scan.ScanSessionId;
import io.cardvault.domain.shared.ImageUploadGuard;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Keeps a scan photo: the session is checked first (a wrong token or a completed session costs no
 * decode), the photo is prepared outside any lock's concern, then the index is taken on the held
 * session and the file written. A failed write rolls the index back with the transaction.
 */
@UseCase
public class UploadScanPhotoService implements UploadScanPhotoUseCase {

    private final ScanSessionStorePort store;
    private final ScanPhotoStorePort photos;
    private final PrepareScanPhotoPort prepare;
    private final PublishMarketEventPort events;
    private final Clock clock;

    @Inject
    public UploadScanPhotoService(ScanSessionStorePort store, ScanPhotoStorePort photos, PrepareScanPhotoPort prepare,
                                  PublishMarketEventPort events) {
        this(store, photos, prepare, events, Clock.systemUTC());
    }

    public UploadScanPhotoService(ScanSessionStorePort store, ScanPhotoStorePort photos, PrepareScanPhotoPort prepare,
                                  PublishMarketEventPort events, Clock clock) {
        this.store = store;
        this.photos = photos;
        this.prepare = prepare;
        this.events = events;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected UploadScanPhotoService() {
        this(null, null, null, null, null);
    }

    @Override
    public UploadedScanPhoto upload(ScanSessionId id, ScanAccess.Token token, byte[] upload) {
        ScanSessionAccess.read(store, id, token).requireReporting(token.token(), clock.instant()); // before any decode
        SanitizedImage photo = prepare.prepare(upload, ImageUploadGuard.PHOTO);
        Instant now = clock.instant();
        ScanSession session = ScanSessionAccess.hold(store, id, token);
        int index = session.recordPhoto(token.token(), now);
        store.update(session);
        byte[] bytes = photo.encoded();
        photos.keep(id, index, bytes);
        String url = UploadedScanPhoto.urlOf(id, index);
        events.publish(ScanEvents.photo(id, index, url));
        return new UploadedScanPhoto(index, url, bytes.length);
    }
}
