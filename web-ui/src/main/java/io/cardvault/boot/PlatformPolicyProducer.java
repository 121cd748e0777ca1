package io.cardvault.boot;

import io.cardvault.application.service.platform.AppReleasePolicy;
import io.cardvault.domain.platform.AppPlatform;
import io.cardvault.domain.platform.AppRelease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** Turns the app-release settings into the typed policy the application receives. */
@ApplicationScoped
class PlatformPolicyProducer {

    /** Dependent: a record cannot be proxied, and configuration is read once per injecting bean. */
    @Produces
    AppReleasePolicy appReleasePolicy(Config config) {
        Map<AppPlatform, AppRelease> releases = new EnumMap<>(AppPlatform.class);
        for (AppPlatform platform : AppPlatform.values()) {
            String prefix = "CARDVAULT_APP_" + platform.name() + "_";
            releases.put(platform, new AppRelease(
                    config.getValue(prefix + "VERSION_NAME", String.class),
                    config.getValue(prefix + "VERSION_CODE", Integer.class),
                    config.getValue(prefix + "MIN_SUPPORTED", String.class),
                    config.getOptionalValue(prefix + "RELEASE_NOTES", String.class).orElse("")));
        }
        return new AppReleasePolicy(releases);
    }
}
