package io.cardvault.demo.mail;

import java.util.Locale;

/** Whether the demo mail server runs ({@code CARDVAULT_MAIL_DEMO_SERVER} on/off), and on which loopback ports. */
record DemoMailServerSettings(boolean enabled, int smtpPort, int imapPort, int pop3Port) {

    public DemoMailServerSettings {
        for (int port : new int[] {smtpPort, imapPort, pop3Port}) {
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("demo mail server port " + port + " is not a TCP port");
            }
        }
        if (smtpPort == imapPort || smtpPort == pop3Port || imapPort == pop3Port) {
            throw new IllegalArgumentException("the demo mail server's SMTP, IMAP and POP3 ports must differ");
        }
    }

    static DemoMailServerSettings resolve(String mode, int smtpPort, int imapPort, int pop3Port) {
        boolean enabled = switch (mode.trim().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("CARDVAULT_MAIL_DEMO_SERVER must be on or off, not '" + mode + "'");
        };
        return new DemoMailServerSettings(enabled, smtpPort, imapPort, pop3Port);
    }
}
