package io.cardvault.demo.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.logging.Logger;

/**
 * GreenMail on loopback: SMTP takes every mail for any address, IMAP and POP3 serve each
 * recipient's mailbox to whoever signs in with that address (any password: a demo on one's own
 * machine, never reachable from elsewhere). Mail lives in memory until the server stops.
 */
final class DemoMailServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DemoMailServer.class.getName());
    static final String LOOPBACK = "127.0.0.1";

    private final GreenMail greenMail;

    private DemoMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Starts the server; typed {@link AutoCloseable} so callers link without GreenMail. */
    static AutoCloseable start(DemoMailServerSettings settings) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(settings.smtpPort(), LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(settings.imapPort(), LOOPBACK, ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(settings.pop3Port(), LOOPBACK, ServerSetup.PROTOCOL_POP3)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        LOG.info(() -> String.format("Demo mail server on %s: SMTP %d, IMAP %d, POP3 %d. Read a recipient's mail with any "
                        + "mail client: user name = the recipient's address, any password",
                LOOPBACK, settings.smtpPort(), settings.imapPort(), settings.pop3Port()));
        return new DemoMailServer(greenMail);
    }

    @Override
    public void close() {
        greenMail.stop();
        LOG.info("Demo mail server stopped");
    }
}
