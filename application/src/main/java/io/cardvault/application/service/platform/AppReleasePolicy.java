package io.cardvault.application.service.platform;

import io.cardvault.domain.platform.AppPlatform;
import io.cardvault.domain.platform.AppRelease;
import java.util.EnumMap;
import java.util.Map;

/** The releases operators configure, one per platform; every platform must have one. */
public record AppReleasePolicy(Map<AppPlatform, AppRelease> releases) {

    public AppReleasePolicy {
        for (AppPlatform platform : AppPlatform.values()) {
            if (!releases.containsKey(platform)) {
                throw new IllegalArgumentException("No release configured for " + platform.slug());
            }
        }
        releases = Map.copyOf(new EnumMap<>(releases));
    }
}
