package io.cardvault.adapter.out.mail;

import io.cardvault.application.port.out.mail.MailNotSentException;
import io.cardvault.application.port.out.mail.OutgoingMail;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mail whose sender has moved on: sent on the server's threads, tried again after each delay
 * while the mail server is unreachable, and logged when it is finally sent or given up. It holds
 * at most {@code capacity} mails (waiting and retrying together); beyond that a mail is dropped
 * with a warning rather than letting a dead mail server fill the heap.
 *
 * <p>The queue lives in memory: mail still waiting when the node stops is lost. What it carries
 * (alert mails) also exists as a stored notification, so nothing the user must see is lost with it.
 */
final class DeliveryQueue {

    private static final Logger LOG = Logger.getLogger(DeliveryQueue.class.getName());

    private final SmtpMailer mailer;
    private final ScheduledExecutorService threads;
    private final List<Duration> retryDelays;
    private final int capacity;
    private final AtomicInteger waiting = new AtomicInteger();

    DeliveryQueue(SmtpMailer mailer, ScheduledExecutorService threads, List<Duration> retryDelays, int capacity) {
        this.mailer = mailer;
        this.threads = threads;
        this.retryDelays = List.copyOf(retryDelays);
        this.capacity = capacity;
    }

    void submit(OutgoingMail mail) {
        if (waiting.incrementAndGet() > capacity) {
            waiting.decrementAndGet();
            LOG.warning(() -> "Mail to " + masked(mail) + " dropped: " + capacity
                    + " mails already wait for the mail server " + mailer.server());
            return;
        }
        schedule(mail, 0, Duration.ZERO);
    }

    /** Mails accepted and not yet sent or given up. */
    int waiting() {
        return waiting.get();
    }

    private void schedule(OutgoingMail mail, int attempt, Duration delay) {
        try {
            threads.schedule(() -> attempt(mail, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            waiting.decrementAndGet();
            LOG.warning(() -> "Mail to " + masked(mail) + " dropped: the server is stopping");
        }
    }

    private void attempt(OutgoingMail mail, int attempt) {
        try {
            String messageId = mailer.send(mail);
            waiting.decrementAndGet();
            LOG.fine(() -> "Mail " + messageId + " to " + masked(mail) + " sent");
        } catch (MailNotSentException e) {
            if (e.worthRetrying() && attempt < retryDelays.size()) {
                Duration delay = retryDelays.get(attempt);
                LOG.info(() -> "Mail to " + masked(mail) + " not sent yet, trying again in " + delay.toSeconds() + " s: " + e.getMessage());
                schedule(mail, attempt + 1, delay);
            } else {
                waiting.decrementAndGet();
                LOG.warning(() -> "Mail to " + masked(mail) + " not sent after " + (attempt + 1) + " attempt(s): " + e.getMessage());
            }
        } catch (RuntimeException e) {
            waiting.decrementAndGet();
            LOG.log(Level.SEVERE, "Mail to " + masked(mail) + " not sent: unexpected failure", e);
        }
    }

    private static String readable(Duration delay) {
        return delay.toMillis() < 1000 ? delay.toMillis() + " ms" : delay.toSeconds() + " s";
    }

    /** Enough of the address to tell mails apart in a log, not enough to harvest it. */
    static String masked(OutgoingMail mail) {
        String address = mail.to().value();
        int at = address.indexOf('@');
        return address.charAt(0) + "…" + address.substring(at);
    }
}
