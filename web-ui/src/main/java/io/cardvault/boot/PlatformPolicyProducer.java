package io.cardvault.boot;

import io.cardvault.application.service.platform.AppReleasePolicy;
import io.cardvault.application.service.platform.PlatformStatsPolicy;
import io.cardvault.domain.platform.AppPlatform;
import io.cardvault.domain.platform.AppRelease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/** Turns the app-release and platform-counter settings into the typed policies the application receives. */
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

    /** Where Maven records the build's version in every module jar; all modules share the version. */
    static final String POM_PROPERTIES = "META-INF/maven/io.cardvault/application/pom.properties";

    /** How long a node keeps its counters ({@code CARDVAULT_STATS_CACHE_SECONDS}), and the running version. */
    @Produces
    PlatformStatsPolicy platformStatsPolicy(Config config) {
        int seconds = config.getValue("CARDVAULT_STATS_CACHE_SECONDS", Integer.class);
        if (seconds < 0) {
            throw new IllegalArgumentException("CARDVAULT_STATS_CACHE_SECONDS must be 0 or more, not " + seconds);
        }
        return new PlatformStatsPolicy(Duration.ofSeconds(seconds), version());
    }

    /** The build's version from the application jar's Maven descriptor; "unknown" when run from classes without one. */
    static String version() {
        try (InputStream descriptor = PlatformPolicyProducer.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (descriptor == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(descriptor);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
