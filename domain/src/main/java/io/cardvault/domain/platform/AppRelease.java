package io.cardvault.domain.platform;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The current release of the mobile app on one platform, and the oldest release still allowed
 * to talk to the API (older apps are told to update).
 */
public record AppRelease(String versionName, int versionCode, String minSupported, String releaseNotes) {

    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    public AppRelease {
        requireVersion(versionName, "version name");
        requireVersion(minSupported, "minimum supported version");
        if (versionCode < 1) {
            throw new IllegalArgumentException("version code must be positive, not " + versionCode);
        }
        if (compare(minSupported, versionName) > 0) {
            throw new IllegalArgumentException(
                    "minimum supported version " + minSupported + " is newer than the release " + versionName);
        }
        releaseNotes = Objects.requireNonNullElse(releaseNotes, "");
    }

    private static void requireVersion(String version, String what) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException(what + " must look like 1.10.0, not '" + version + "'");
        }
    }

    /** Numeric comparison, so 1.10.0 is newer than 1.9.0. */
    static int compare(String left, String right) {
        return Arrays.compare(parts(left), parts(right));
    }

    private static int[] parts(String version) {
        return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
