package io.cardvault.domain.platform;

/**
 * A push token as the phone's platform issued it: an FCM registration token (Android, ~160
 * characters) or an APNs device token (iOS, 64 hex digits). Printable ASCII without spaces, at
 * most 4,096 characters (FCM documents no fixed length), at least 8.
 */
public record DeviceToken(String value) {

    public static final int MAX_LENGTH = 4096;
    private static final int MIN_LENGTH = 8;

    public DeviceToken {
        if (value == null || value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new InvalidPlatformDataException("token",
                    "a device token has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new InvalidPlatformDataException("token", "a device token is printable ASCII without spaces");
            }
        }
    }

    /** The first characters only: enough to tell tokens apart in a log, never the whole credential. */
    @Override
    public String toString() {
        return "DeviceToken[" + value.substring(0, 6) + "…]";
    }
}
