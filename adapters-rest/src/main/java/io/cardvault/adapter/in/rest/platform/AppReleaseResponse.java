package io.cardvault.adapter.in.rest.platform;

import io.cardvault.domain.platform.AppRelease;

/** One platform's entry in the version manifest. */
public record AppReleaseResponse(String versionName, int versionCode, String minSupported, String releaseNotes) {

    static AppReleaseResponse from(AppRelease release) {
        return new AppReleaseResponse(release.versionName(), release.versionCode(), release.minSupported(), release.releaseNotes());
    }
}
