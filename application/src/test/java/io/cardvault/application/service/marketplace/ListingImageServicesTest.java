package io.cardvault.application.service.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.in.marketplace.ListingPhoto;
import io.cardvault.application.port.in.marketplace.UploadedListingImage;
import io.cardvault.application.port.out.InMemoryListingImages;
import io.cardvault.application.port.out.JavaImageSanitizer;
import io.cardvault.application.port.out.TestImages;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.shared.RejectedImageException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ListingImageServicesTest {

    private static final Clock MAY = Clock.fixed(Instant.parse("2026-05-31T23:30:00Z"), ZoneOffset.UTC);
    private static final AccountId SELLER = new AccountId(7);

    private final InMemoryListingImages store = new InMemoryListingImages();
    private final UploadListingImageService upload = new UploadListingImageService(new JavaImageSanitizer(), store, MAY);
    private final GetListingImageService get = new GetListingImageService(store);

    @Test
    void an_upload_is_kept_under_its_month_and_hash_and_served_back_without_its_metadata() {
        UploadedListingImage uploaded = upload.upload(SELLER, TestImages.jpegWithComment(80, 60));

        assertThat(uploaded.url()).matches("/static/listing_images/2026/05/[0-9a-f]{64}\\.jpg");
        String path = uploaded.url().substring(UploadedListingImage.URL_PREFIX.length());
        ListingPhoto photo = get.find(path).orElseThrow();
        assertThat(photo.mediaType()).isEqualTo("image/jpeg");
        assertThat(photo.bytes()).hasSize((int) uploaded.size());
        assertThat(TestImages.contains(photo.bytes(), TestImages.SECRET)).isFalse();
    }

    @Test
    void the_same_photo_twice_is_one_file_at_one_url() {
        byte[] png = TestImages.png(30, 30);

        UploadedListingImage first = upload.upload(SELLER, png);
        UploadedListingImage second = upload.upload(new AccountId(8), png);

        assertThat(second).isEqualTo(first);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void a_refused_upload_keeps_nothing() {
        assertThatThrownBy(() -> upload.upload(SELLER, TestImages.bombPng(20_000))).isInstanceOf(RejectedImageException.class);
        assertThatThrownBy(() -> upload.upload(SELLER, TestImages.renamedText())).isInstanceOf(RejectedImageException.class);
        assertThat(store.count()).isZero();
    }

    @Test
    void paths_that_are_not_a_photos_name_find_nothing() {
        upload.upload(SELLER, TestImages.png(10, 10));

        assertThat(get.find("../../etc/passwd")).isEmpty();
        assertThat(get.find("2026/13/" + "ab".repeat(32) + ".png")).isEmpty();
        assertThat(get.find("2026/05/" + "AB".repeat(32) + ".png")).isEmpty();
        assertThat(get.find("2026/05/" + "ab".repeat(32) + ".gif")).isEmpty();
        assertThat(get.find(null)).isEmpty();
    }
}
