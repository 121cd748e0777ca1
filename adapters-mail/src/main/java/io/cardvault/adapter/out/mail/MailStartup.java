package io.cardvault.adapter.out.mail;

import io.cardvault.application.port.out.mail.MailNotSentException;
import io.cardvault.application.port.out.mail.MailOutcome;
import io.cardvault.application.port.out.mail.OutgoingMail;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.InvalidAccountDataException;
import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Says at start where mail goes, so a wrong setting shows in the log before any alert needs it,
 * and, when the operator names a recipient ({@code CARDVAULT_MAIL_CHECK_TO}), sends it one check
 * mail on every start: the proof that host, port, TLS, credentials and sender work together. The
 * check runs on a server thread, so a slow or unreachable mail server never delays the start;
 * its outcome is one log line. A malformed {@code CARDVAULT_MAIL_TLS} fails the start here.
 */
@ApplicationScoped
class MailStartup {

    /** After the demo mail server (which a demo run sends to) and storage; nothing waits for it. */
    static final int STARTUP_PRIORITY = 250;
    static final String CHECK_SUBJECT = "CardVault mail check";

    private static final Logger LOG = Logger.getLogger(MailStartup.class.getName());

    private final JakartaMailAdapter mail;
    private final Optional<String> checkRecipient;
    private final ManagedExecutorService threads;

    @Inject
    MailStartup(JakartaMailAdapter mail, @ConfigProperty(name = "CARDVAULT_MAIL_CHECK_TO") Optional<String> checkRecipient,
                ManagedExecutorService threads) {
        this.mail = mail;
        // "none" (the default: MicroProfile Config reads an empty value as missing) sends no check mail
        this.checkRecipient = checkRecipient.map(String::strip).filter(value -> !value.isEmpty() && !"none".equalsIgnoreCase(value));
        this.threads = threads;
    }

    /** For CDI's client proxy only. */
    protected MailStartup() {
        this.mail = null;
        this.checkRecipient = Optional.empty();
        this.threads = null;
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object context) {
        LOG.info(() -> "Mail goes to the mail server " + mail.server());
        if (!mail.hasSender()) {
            LOG.warning("CARDVAULT_MAIL_FROM is not a valid sender address: no mail can be sent until it is");
        }
        checkRecipient.ifPresent(recipient -> threads.execute(() -> sendCheck(recipient)));
    }

    /** Sends the check mail now and logs what happened; never throws. */
    void sendCheck(String recipient) {
        EmailAddress to;
        try {
            to = new EmailAddress(recipient);
        } catch (InvalidAccountDataException e) {
            LOG.warning(() -> "CARDVAULT_MAIL_CHECK_TO '" + recipient + "' is not an email address: no check mail sent");
            return;
        }
        String body = "This mail shows that CardVault, started at " + Instant.now() + ", can send mail through "
                + mail.server() + ".\nIt is sent on every start while CARDVAULT_MAIL_CHECK_TO names a recipient.";
        try {
            MailOutcome outcome = mail.send(OutgoingMail.text(to, CHECK_SUBJECT, body));
            String id = outcome instanceof MailOutcome.Sent sent ? sent.messageId() : "(after commit)";
            LOG.info(() -> "Mail check: sent to " + to.value() + " through " + mail.server() + " as " + id);
        } catch (MailNotSentException e) {
            LOG.warning(() -> "Mail check failed, no mail can be sent: " + e.getMessage());
        }
    }
}
