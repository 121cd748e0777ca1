package io.cardvault.adapter.out.mail;

import java.util.Locale;
import java.util.Properties;

/**
 * How the connection to the mail server is protected ({@code CARDVAULT_MAIL_TLS}): {@code none}
 * (a relay on this machine or a private network), {@code starttls} (the submission port 587:
 * plain connect, then TLS before anything is sent, refused if the server does not offer it), or
 * {@code tls} (TLS from the first byte, port 465). With TLS the server's certificate must match
 * its host name.
 */
enum TlsMode {
    NONE("smtp"),
    STARTTLS("smtp"),
    TLS("smtps");

    private final String protocol;

    TlsMode(String protocol) {
        this.protocol = protocol;
    }

    static TlsMode parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "starttls" -> STARTTLS;
            case "tls" -> TLS;
            default -> throw new IllegalArgumentException(
                    "CARDVAULT_MAIL_TLS must be none, starttls or tls, not '" + value + "'");
        };
    }

    /** The Jakarta Mail transport protocol for this mode. */
    String protocol() {
        return protocol;
    }

    /**
     * Sets this mode's properties over the session's. The session names one port
     * ({@code mail.smtp.port}); the {@code smtps} transport reads its own keys, so they are copied.
     */
    void applyTo(Properties properties) {
        properties.setProperty("mail.transport.protocol", protocol);
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(this == STARTTLS));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(this == STARTTLS));
        if (this == TLS) {
            copy(properties, "mail.smtp.port", "mail.smtps.port");
            copy(properties, "mail.smtp.host", "mail.smtps.host");
            copy(properties, "mail.smtp.connectiontimeout", "mail.smtps.connectiontimeout");
            copy(properties, "mail.smtp.timeout", "mail.smtps.timeout");
            copy(properties, "mail.smtp.writetimeout", "mail.smtps.writetimeout");
        }
        if (this != NONE) {
            properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
    }

    private static void copy(Properties properties, String from, String to) {
        String value = properties.getProperty(from);
        if (value != null && properties.getProperty(to) == null) {
            properties.setProperty(to, value);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
