package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.trust.NearestProtectedPhoto;
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
    void a_kept_photo_is_found_with_its_fingerprint_by_its_listing() {
        ListingId listing = aListing();
        ProtectedPhoto front = new ProtectedPhoto(listing, aUrl(), aFingerprint(10));
        ProtectedPhoto back = new ProtectedPhoto(listing, aUrl(), aFingerprint(1));

        store().keep(front);
        store().keep(back);

        assertThat(store().ofListing(listing)).containsExactlyInAnyOrder(front, back);
    }

    @Test
    void the_nearest_photo_is_the_one_with_a_view_nearest_the_found_photos_whole_view() {
        ListingId near = aListing();
        ListingId far = aListing();
        PhotoFingerprint kept = aFingerprint(5);
        long[] cropped = kept.views().get(3).words();
        // the found photo: the kept one's fourth view with two bits turned (random views elsewhere lie ~32 bits off)
        PhotoFingerprint found = new PhotoFingerprint(List.of(new PerceptualHash(new long[] {cropped[0] ^ 0b101L})));

        store().keep(new ProtectedPhoto(far, aUrl(), aFingerprint(5)));
        store().keep(new ProtectedPhoto(near, aUrl(), kept));

        assertThat(store().nearest(found)).contains(new NearestProtectedPhoto(near, 2));
    }

    @Test
    void a_photo_kept_after_a_search_is_found_by_the_next_one() {
        PhotoFingerprint first = aFingerprint(2);
        PhotoFingerprint second = aFingerprint(2);
        ProtectedPhoto earlier = new ProtectedPhoto(aListing(), aUrl(), first);
        store().keep(earlier);
        assertThat(store().nearest(new PhotoFingerprint(List.of(first.whole())))).contains(
                new NearestProtectedPhoto(earlier.listing(), 0));

        ProtectedPhoto later = new ProtectedPhoto(aListing(), aUrl(), second);
        store().keep(later);

        assertThat(store().nearest(new PhotoFingerprint(List.of(second.whole())))).contains(
                new NearestProtectedPhoto(later.listing(), 0));
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
