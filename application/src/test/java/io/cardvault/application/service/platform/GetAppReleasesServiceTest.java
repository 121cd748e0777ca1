package io.cardvault.application.service.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.platform.AppPlatform;
import io.cardvault.domain.platform.AppRelease;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetAppReleasesServiceTest {

    private static final AppRelease ANDROID = new AppRelease("1.10.0", 21, "1.8.0", "Bulk scan");
    private static final AppRelease IOS = new AppRelease("1.9.2", 19, "1.8.0", "Fixes");

    private final GetAppReleasesService service = new GetAppReleasesService(
            new AppReleasePolicy(Map.of(AppPlatform.ANDROID, ANDROID, AppPlatform.IOS, IOS)));

    @Test
    void givenNoPlatform_answersEveryPlatform() {
        assertThat(service.releases(Optional.empty()))
                .containsExactly(Map.entry(AppPlatform.ANDROID, ANDROID), Map.entry(AppPlatform.IOS, IOS));
    }

    @Test
    void givenPlatform_answersOnlyThatOne() {
        assertThat(service.releases(Optional.of(AppPlatform.IOS))).containsOnlyKeys(AppPlatform.IOS);
    }

    @Test
    void givenAPlatformWithoutRelease_refusesThePolicy() {
        assertThatThrownBy(() -> new AppReleasePolicy(Map.of(AppPlatform.ANDROID, ANDROID)))
                .hasMessage("No release configured for ios");
    }
}
