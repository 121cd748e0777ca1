package io.cardvault.application.service.trust;

import io.cardvault.application.port.in.trust.CheckPhotoUseCase;
import io.cardvault.application.port.in.trust.PhotoCheck;
import io.cardvault.application.port.out.FingerprintPhotoPort;
import io.cardvault.application.port.out.ProtectedPhotoStorePort;
import io.cardvault.application.port.out.SanitizeImagePort;
import io.cardvault.application.port.out.TrustCodeStorePort;
import io.cardvault.application.port.out.trust.NearestProtectedPhoto;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.shared.ImageUploadGuard;
import io.cardvault.domain.trust.PerceptualHash;
import io.cardvault.domain.trust.PhotoFingerprint;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Holds the upload to the listing-photo guard, fingerprints its whole view and finds the nearest
 * protected photo (the store's index: no read of every fingerprint per check).
 * A match is at most the policy's threshold away; it names the listing and its code.
 */
@UseCase
@Transactional(Transactional.TxType.SUPPORTS) // reads only
public class CheckPhotoService implements CheckPhotoUseCase {

    private final SanitizeImagePort sanitizer;
    private final FingerprintPhotoPort fingerprints;
    private final ProtectedPhotoStorePort photos;
    private final TrustCodeStorePort codes;
    private final VerificationPolicy policy;

    @Inject
    public CheckPhotoService(SanitizeImagePort sanitizer, FingerprintPhotoPort fingerprints,
                             ProtectedPhotoStorePort photos, TrustCodeStorePort codes, VerificationPolicy policy) {
        this.sanitizer = sanitizer;
        this.fingerprints = fingerprints;
        this.photos = photos;
        this.codes = codes;
        this.policy = policy;
    }

    /** For CDI's client proxy only. */
    protected CheckPhotoService() {
        this(null, null, null, null, null);
    }

    @Override
    public PhotoCheck check(byte[] upload) {
        byte[] clean = sanitizer.sanitize(upload, ImageUploadGuard.LISTING_PHOTO).encoded();
        PhotoFingerprint probe = fingerprints.probe(clean);
        Optional<NearestProtectedPhoto> nearest = photos.nearest(probe);
        int best = nearest.map(NearestProtectedPhoto::distance).orElse(PerceptualHash.BITS);
        int threshold = policy.photoThreshold();
        if (nearest.isPresent() && best <= threshold) {
            Optional<String> code = codes.codeOf(nearest.get().listing()).map(Object::toString);
            if (code.isPresent()) {
                return new PhotoCheck(true, best, threshold, code, Optional.of(nearest.get().listing().value()));
            }
        }
        return new PhotoCheck(false, best, threshold, Optional.empty(), Optional.empty());
    }
}
