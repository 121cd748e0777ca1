package io.cardvault.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AppReleaseTest {

    @Test
    void givenValidRelease_keepsItsFields() {
        AppRelease release = new AppRelease("1.10.0", 21, "1.8.0", null);

        assertThat(release.versionName()).isEqualTo("1.10.0");
        assertThat(release.releaseNotes()).isEmpty();
    }

    @Test
    void comparesVersionsNumericallyNotAlphabetically() {
        assertThat(AppRelease.compare("1.10.0", "1.9.0")).isPositive();
        assertThat(AppRelease.compare("1.9.0", "1.9.0")).isZero();
    }

    @Test
    void givenMinimumNewerThanRelease_refusesIt() {
        assertThatThrownBy(() -> new AppRelease("1.9.0", 20, "1.10.0", ""))
                .hasMessageContaining("is newer than the release");
    }

    @Test
    void givenMalformedVersionOrCode_refusesIt() {
        assertThatThrownBy(() -> new AppRelease("1.9", 20, "1.0.0", "")).hasMessageContaining("must look like 1.10.0");
        assertThatThrownBy(() -> new AppRelease("1.9.0", 0, "1.0.0", "")).hasMessageContaining("version code must be positive");
    }

    @Test
    void platformsHaveLowerCaseSlugs() {
        assertThat(AppPlatform.fromSlug("ios")).contains(AppPlatform.IOS);
        assertThat(AppPlatform.fromSlug("windows")).isEmpty();
        assertThat(AppPlatform.ANDROID.slug()).isEqualTo("android");
    }
}
