package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.out.image.ListingImageFile;
import io.cardvault.application.port.out.image.ListingImageName;
import io.cardvault.domain.shared.ImageFormat;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Contract of {@link ListingImageStorePort}: the in-memory fake and the directory adapter alike. */
public abstract class ListingImageStorePortContract {

    private static final String HASH = "ab".repeat(32);

    /** A fresh, empty store. */
    protected abstract ListingImageStorePort store();

    @Test
    void a_kept_photo_is_found_by_its_name_with_its_bytes() {
        ListingImageStorePort store = store();
        ListingImageName name = new ListingImageName(YearMonth.of(2026, 5), HASH, ImageFormat.WEBP);
        store.keep(new ListingImageFile(name, new byte[] {1, 2, 3}));

        assertThat(store.find(name)).hasValueSatisfying(file -> {
            assertThat(file.name()).isEqualTo(name);
            assertThat(file.bytes()).containsExactly(1, 2, 3);
        });
    }

    @Test
    void keeping_a_name_twice_leaves_the_first_bytes() {
        ListingImageStorePort store = store();
        ListingImageName name = new ListingImageName(YearMonth.of(2026, 5), HASH, ImageFormat.PNG);
        store.keep(new ListingImageFile(name, new byte[] {1}));
        store.keep(new ListingImageFile(name, new byte[] {9, 9}));

        assertThat(store.find(name).orElseThrow().bytes()).containsExactly(1);
    }

    @Test
    void another_month_format_or_hash_is_another_photo() {
        ListingImageStorePort store = store();
        store.keep(new ListingImageFile(new ListingImageName(YearMonth.of(2026, 5), HASH, ImageFormat.PNG), new byte[] {1}));

        assertThat(store.find(new ListingImageName(YearMonth.of(2026, 6), HASH, ImageFormat.PNG))).isEmpty();
        assertThat(store.find(new ListingImageName(YearMonth.of(2026, 5), HASH, ImageFormat.JPEG))).isEmpty();
        assertThat(store.find(new ListingImageName(YearMonth.of(2026, 5), "cd".repeat(32), ImageFormat.PNG))).isEmpty();
    }
}
