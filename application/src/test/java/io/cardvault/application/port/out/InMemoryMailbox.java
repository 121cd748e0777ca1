package io.cardvault.application.port.out;

import io.cardvault.application.port.out.mail.MailOutcome;
import io.cardvault.application.port.out.mail.MailServerUnavailableException;
import io.cardvault.application.port.out.mail.OutgoingMail;
import io.cardvault.domain.account.EmailAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * In-memory fake of the mail server: keeps every mail it accepted, in order. One made
 * {@link #unreachable()} refuses every mail the way an SMTP server that is down does.
 */
public final class InMemoryMailbox implements SendMailPort {

    private final List<OutgoingMail> accepted = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final boolean reachable;

    private InMemoryMailbox(boolean reachable) {
        this.reachable = reachable;
    }

    public static InMemoryMailbox reachable() {
        return new InMemoryMailbox(true);
    }

    public static InMemoryMailbox unreachable() {
        return new InMemoryMailbox(false);
    }

    @Override
    public MailOutcome send(OutgoingMail mail) {
        if (!reachable) {
            throw new MailServerUnavailableException("The in-memory mail server is down", null);
        }
        accepted.add(mail);
        return new MailOutcome.Sent("<" + ids.incrementAndGet() + ".in-memory@cardvault.invalid>");
    }

    /** Every mail accepted, oldest first. */
    public List<OutgoingMail> sent() {
        return List.copyOf(accepted);
    }

    /** The mails accepted for one recipient, oldest first. */
    public List<OutgoingMail> sentTo(EmailAddress recipient) {
        return accepted.stream().filter(mail -> mail.to().equals(recipient)).toList();
    }
}
