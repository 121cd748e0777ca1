package io.cardvault.application.port.in.platform;

import io.cardvault.domain.platform.AppPlatform;
import io.cardvault.domain.platform.AppRelease;
import java.util.Map;
import java.util.Optional;

/** Use case: tell the mobile apps which release is current and which is the oldest still served. */
public interface GetAppReleasesUseCase {

    /** Every platform's release, or only the one asked for. */
    Map<AppPlatform, AppRelease> releases(Optional<AppPlatform> platform);
}
