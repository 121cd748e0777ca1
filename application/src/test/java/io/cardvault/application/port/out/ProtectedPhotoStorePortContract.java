package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.trust.ProtectedPhoto;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.marketplace.ListingId;
import io.cardvault.domain.trust.PerceptualHash;
import io.cardvault.domain.trust.PhotoFingerprint;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Contract of {@link ProtectedPhotoStorePort}: the fake and the JPA adapter alike. */
public abstract class ProtectedPhotoStorePortContract {

    protected abstract ProtectedPhotoStorePort store();

    protected abstract ListingStorePort listings();

    protected abstract AccountId aSeller();

    protected abstract CardId aCard(String game);

    private ListingId aListing() {
        return listings().add(MarketplaceSamples.listing(aSeller(), aCard("pokemon"), "3",
                Instant.parse("2026-12-07T10:00:00Z"))).requireId();
    }

    static PhotoFingerprint aFingerprint(int views) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        PerceptualHash[] hashes = new PerceptualHash[views];
        for (int i = 0; i < views; i++) {
            hashes[i] = new PerceptualHash(new long[] {random.nextLong()});
        }
        return new PhotoFingerprint(List.of(hashes));
    }

    private static String aUrl() {
        return "/static/listing_images/2026/12/" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".jpg";
    }

    @Test
    void a_kept_photo_is_found_with_its_fingerprint_by_its_listing_and_among_all() {
        ListingId listing = aListing();
        ProtectedPhoto front = new ProtectedPhoto(listing, aUrl(), aFingerprint(10));
        ProtectedPhoto back = new ProtectedPhoto(listing, aUrl(), aFingerprint(1));

        store().keep(front);
        store().keep(back);

        assertThat(store().ofListing(listing)).containsExactlyInAnyOrder(front, back);
        assertThat(store().all()).contains(front, back);
    }

    @Test
    void keeping_a_listings_photo_again_changes_nothing() {
        ListingId listing = aListing();
        ProtectedPhoto photo = new ProtectedPhoto(listing, aUrl(), aFingerprint(3));

        store().keep(photo);
        store().keep(new ProtectedPhoto(listing, photo.imageUrl(), aFingerprint(3)));

        assertThat(store().ofListing(listing)).containsExactly(photo);
    }

    @Test
    void a_listing_without_protected_photos_has_none() {
        assertThat(store().ofListing(aListing())).isEmpty();
    }
}
