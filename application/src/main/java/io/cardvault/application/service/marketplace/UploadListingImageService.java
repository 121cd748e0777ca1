package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.UploadListingImageUseCase;
import io.cardvault.application.port.in.marketplace.UploadedListingImage;
import io.cardvault.application.port.out.ListingImageStorePort;
import io.cardvault.application.port.out.SanitizeImagePort;
import io.cardvault.application.port.out.image.ListingImageFile;
import io.cardvault.application.port.out.image.ListingImageName;
import io.cardvault.application.port.out.image.SanitizedImage;
import io.cardvault.application.service.UseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.shared.ImageUploadGuard;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Sanitizes an uploaded listing photo and keeps it under the hash of the re-encoded bytes (the
 * bytes anyone will download), in the month of the upload (UTC). The same photo uploaded twice the
 * same month is one file; the uploader is not part of the name, so a photo's URL reveals nobody.
 */
@UseCase
public class UploadListingImageService implements UploadListingImageUseCase {

    private final SanitizeImagePort sanitizer;
    private final ListingImageStorePort store;
    private final Clock clock;

    @Inject
    public UploadListingImageService(SanitizeImagePort sanitizer, ListingImageStorePort store) {
        this(sanitizer, store, Clock.systemUTC());
    }

    public UploadListingImageService(SanitizeImagePort sanitizer, ListingImageStorePort store, Clock clock) {
        this.sanitizer = sanitizer;
        this.store = store;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected UploadListingImageService() {
        this(null, null, null);
    }

    @Override
    public UploadedListingImage upload(AccountId uploader, byte[] upload) {
        Objects.requireNonNull(uploader, "uploader");
        SanitizedImage clean = sanitizer.sanitize(upload, ImageUploadGuard.LISTING_PHOTO);
        byte[] bytes = clean.encoded();
        ListingImageName name = ListingImageName.of(YearMonth.now(clock), bytes, clean.format());
        store.keep(new ListingImageFile(name, bytes));
        return new UploadedListingImage(UploadedListingImage.URL_PREFIX + name.path(), bytes.length);
    }
}
