package io.cardvault.demo.mail;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the demo mail server when the demo settings switch it on, before anything can send mail,
 * and stops it with the application. A server that cannot start (a port taken) is logged and the
 * node runs on: mail is then not delivered, which each send logs, and nothing else depends on it.
 */
@ApplicationScoped
class DemoMailServerStartup {

    /** Before storage (100) and everything after it: a check or alert mail may follow at once. */
    static final int STARTUP_PRIORITY = 90;

    private static final Logger LOG = Logger.getLogger(DemoMailServerStartup.class.getName());

    private final DemoMailServerSettings settings;
    /** Typed as AutoCloseable so this class links without GreenMail when the switch is off. */
    private AutoCloseable running;

    @Inject
    DemoMailServerStartup(@ConfigProperty(name = "CARDVAULT_MAIL_DEMO_SERVER") String mode,
                          @ConfigProperty(name = "CARDVAULT_MAIL_DEMO_SMTP_PORT") int smtpPort,
                          @ConfigProperty(name = "CARDVAULT_MAIL_DEMO_IMAP_PORT") int imapPort,
                          @ConfigProperty(name = "CARDVAULT_MAIL_DEMO_POP3_PORT") int pop3Port) {
        this.settings = DemoMailServerSettings.resolve(mode, smtpPort, imapPort, pop3Port);
    }

    /** For CDI's client proxy only. */
    protected DemoMailServerStartup() {
        this.settings = null;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object context) {
        if (!settings.enabled()) {
            return;
        }
        try {
            running = DemoMailServer.start(settings);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The demo mail server did not start (SMTP " + settings.smtpPort() + ", IMAP "
                    + settings.imapPort() + ", POP3 " + settings.pop3Port() + " on 127.0.0.1); mail will not be delivered", e);
        }
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object context) {
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                LOG.warning(() -> "Stopping the demo mail server failed: " + e.getMessage());
            }
            running = null;
        }
    }
}
