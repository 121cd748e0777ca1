package io.cardvault.sandbox.market;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Who may use the sandbox's control routes besides administrators: nobody ({@code admin}, the
 * default), or with {@code loopback} also any caller whose socket peer is a loopback address (the
 * integration tests and benchmark scripts, which run on the server's machine). The peer is the
 * connection's, never a header's, so a proxy's {@code X-Forwarded-For} cannot claim it.
 */
record SandboxControlAccess(boolean loopbackOpen) {

    static final String ADMIN = "admin";
    static final String LOOPBACK = "loopback";

    /** {@code admin} or {@code loopback}; anything else is a mistake the server refuses to start with. */
    static SandboxControlAccess parse(String setting) {
        String mode = setting == null ? ADMIN : setting.strip().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case ADMIN, "" -> new SandboxControlAccess(false);
            case LOOPBACK -> new SandboxControlAccess(true);
            default -> throw new IllegalArgumentException("CARDVAULT_SANDBOX_CONTROL must be admin or loopback, not '"
                    + setting + "'");
        };
    }

    /** Whether a caller at this socket peer passes without credentials. */
    boolean admitsWithoutCredentials(String peerAddress) {
        if (!loopbackOpen || peerAddress == null || peerAddress.isBlank()) {
            return false;
        }
        try {
            // a socket peer is an address literal, which is parsed, never looked up
            return InetAddress.getByName(peerAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
