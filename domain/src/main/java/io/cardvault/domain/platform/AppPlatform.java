package io.cardvault.domain.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The mobile platforms CardVault's app ships on. */
public enum AppPlatform {
    ANDROID,
    IOS;

    /** The lower-case name clients send and read ({@code android}, {@code ios}). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AppPlatform> fromSlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug().equals(slug)).findFirst();
    }
}
