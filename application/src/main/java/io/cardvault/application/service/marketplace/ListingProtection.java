package io.cardvault.application.service.marketplace;

import io.cardvault.application.port.in.marketplace.UploadedListingImage;
import io.cardvault.application.port.out.FingerprintPhotoPort;
import io.cardvault.application.port.out.ListingImageStorePort;
import io.cardvault.application.port.out.ListingStorePort;
import io.cardvault.application.port.out.ProtectedPhotoStorePort;
import io.cardvault.application.port.out.TrustCodeStorePort;
import io.cardvault.application.port.out.WatermarkImagePort;
import io.cardvault.application.port.out.image.ListingImageFile;
import io.cardvault.application.port.out.image.ListingImageName;
import io.cardvault.application.port.out.marketplace.ConcurrentChangeException;
import io.cardvault.application.port.out.trust.ProtectedPhoto;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.Listing;
import io.cardvault.domain.marketplace.ListingAmendment;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.marketplace.ListingStatus;
import io.cardvault.domain.marketplace.ListingUnavailableException;
import io.cardvault.domain.trust.ConfirmationCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Image protection of a listing on sale (issue 23), inside the transaction of the use case that put
 * it on sale or changed it: the listing gets its confirmation code (drawn from a secure random
 * source until one is free; the store's unique key settles a race), each photo not protected yet is
 * re-rendered with the code's watermark, kept under its own name and fingerprinted, and the listing
 * is written with the watermarked photos in place of the originals, so only those are served.
 */
@ApplicationScoped
public class ListingProtection {

    /** The name the watermark carries beside the code. */
    public static final String PLATFORM = "CardVault";
    /** Draws before giving up: with 32⁸ codes a second draw is already a once-in-a-lifetime event. */
    static final int MAX_DRAWS = 16;

    private final TrustCodeStorePort codes;
    private final ProtectedPhotoStorePort photos;
    private final ListingImageStorePort images;
    private final WatermarkImagePort watermarks;
    private final FingerprintPhotoPort fingerprints;
    private final ListingStorePort listings;
    private final RandomGenerator random;
    private final Clock clock;

    @Inject
    public ListingProtection(TrustCodeStorePort codes, ProtectedPhotoStorePort photos, ListingImageStorePort images,
                             WatermarkImagePort watermarks, FingerprintPhotoPort fingerprints, ListingStorePort listings) {
        this(codes, photos, images, watermarks, fingerprints, listings, new SecureRandom(), Clock.systemUTC());
    }

    public ListingProtection(TrustCodeStorePort codes, ProtectedPhotoStorePort photos, ListingImageStorePort images,
                             WatermarkImagePort watermarks, FingerprintPhotoPort fingerprints, ListingStorePort listings,
                             RandomGenerator random, Clock clock) {
        this.codes = codes;
        this.photos = photos;
        this.images = images;
        this.watermarks = watermarks;
        this.fingerprints = fingerprints;
        this.listings = listings;
        this.random = random;
        this.clock = clock;
    }

    /** For CDI's client proxy only. */
    protected ListingProtection() {
        this(null, null, null, null, null, null, null, null);
    }

    /**
     * The stored listing with its protection in place: unchanged unless it is on sale with image
     * protection; otherwise with its code and every photo watermarked (written to the store).
     */
    public Listing protect(Listing stored) {
        if (!stored.terms().imageProtection() || stored.status() != ListingStatus.ACTIVE) {
            return stored;
        }
        ListingId id = stored.requireId();
        ConfirmationCode code = codes.codeOf(id).orElseGet(() -> {
            ConfirmationCode fresh = freshCode();
            codes.assign(id, fresh);
            return fresh;
        });
        Set<String> protectedUrls = photos.ofListing(id).stream().map(ProtectedPhoto::imageUrl).collect(Collectors.toSet());
        List<String> served = new ArrayList<>();
        for (String url : stored.terms().imageUrls()) {
            served.add(protectedUrls.contains(url) ? url : watermarked(id, url, code));
        }
        if (served.equals(stored.terms().imageUrls())) {
            return stored;
        }
        Listing rewritten = stored.amend(ListingAmendment.none().withImageUrls(served));
        try {
            listings.update(rewritten);
        } catch (ConcurrentChangeException lost) {
            throw new ListingUnavailableException();
        }
        return rewritten;
    }

    private ConfirmationCode freshCode() {
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            ConfirmationCode candidate = ConfirmationCode.generate(random);
            if (!codes.isTaken(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free confirmation code in " + MAX_DRAWS + " draws: is the random source broken?");
    }

    private String watermarked(ListingId listing, String url, ConfirmationCode code) {
        ListingImageFile original = (url.startsWith(UploadedListingImage.URL_PREFIX)
                ? ListingImageName.parse(url.substring(UploadedListingImage.URL_PREFIX.length())) : Optional.<ListingImageName>empty())
                .flatMap(images::find)
                .orElseThrow(() -> new InvalidMarketplaceDataException("image_urls",
                        "a protected listing's photos are uploaded through /api/upload/listing-image first: " + url));
        byte[] marked = watermarks.watermark(original.bytes(), original.name().format(), code, PLATFORM);
        ListingImageName name = ListingImageName.of(YearMonth.now(clock), marked, original.name().format());
        images.keep(new ListingImageFile(name, marked));
        String servedUrl = UploadedListingImage.URL_PREFIX + name.path();
        photos.keep(new ProtectedPhoto(listing, servedUrl, fingerprints.protectedViews(marked)));
        return servedUrl;
    }
}
