package io.cardvault.adapter.out.mail;

import io.cardvault.application.port.out.SendMailPort;
import io.cardvault.application.port.out.mail.MailOutcome;
import io.cardvault.application.port.out.mail.OutgoingMail;
import io.cardvault.application.port.out.transaction.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link SendMailPort} on the server's mail session: at once outside a transaction, after the
 * commit (on the delivery queue) inside one.
 */
@ApplicationScoped
class JakartaMailAdapter implements SendMailPort {

    /** A mail server down for a restart is back within minutes; one down for longer is an operator's problem. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5));
    /** Far more than one ingest's alerts at the demo's size; a bound, not a target. */
    static final int QUEUE_CAPACITY = 10_000;

    private final SmtpMailer mailer;
    private final TransactionScope transactions;
    private final DeliveryQueue queue;
    /** The server's, injected after construction: {@link #transactions} reads it at each send. */
    @Resource
    private TransactionSynchronizationRegistry registry;

    @Inject
    JakartaMailAdapter(Session session, @ConfigProperty(name = "CARDVAULT_MAIL_TLS") String tls,
                       ManagedScheduledExecutorService threads) {
        this.mailer = SmtpMailer.over(session, TlsMode.parse(tls), Clock.systemUTC());
        this.transactions = action -> AfterCommit.defer(Optional.ofNullable(registry), action);
        this.queue = new DeliveryQueue(mailer, threads, RETRY_DELAYS, QUEUE_CAPACITY);
    }

    JakartaMailAdapter(SmtpMailer mailer, TransactionScope transactions,
                       ScheduledExecutorService threads, List<Duration> retryDelays) {
        this.mailer = mailer;
        this.transactions = transactions;
        this.queue = new DeliveryQueue(mailer, threads, retryDelays, QUEUE_CAPACITY);
    }

    /** For CDI's client proxy only. */
    protected JakartaMailAdapter() {
        this.mailer = null;
        this.transactions = null;
        this.queue = null;
    }

    @Override
    public MailOutcome send(OutgoingMail mail) {
        if (transactions.afterCommit(() -> queue.submit(mail))) {
            return new MailOutcome.AfterCommit();
        }
        return new MailOutcome.Sent(mailer.send(mail));
    }

    /** Where mail goes, for the start-up log line. */
    String server() {
        return mailer.server();
    }

    /** Whether a sender address is configured and valid. */
    boolean hasSender() {
        return mailer.from().isPresent();
    }

    /** Mails waiting for a commit's delivery. */
    int waiting() {
        return queue.waiting();
    }
}
