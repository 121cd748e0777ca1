package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.mail.MailNotSentException;
import io.cardvault.application.port.out.mail.MailOutcome;
import io.cardvault.application.port.out.mail.MailServerUnavailableException;
import io.cardvault.application.port.out.mail.OutgoingMail;
import io.cardvault.domain.account.EmailAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link SendMailPort} outside a transaction (the mail leaves at once): every
 * implementation (the in-memory mailbox, the Jakarta Mail adapter on a real SMTP server) must pass
 * it. Each test writes to fresh recipients, so an implementation may keep its mail between tests.
 */
public abstract class SendMailPortContract {

    private static final AtomicInteger RECIPIENTS = new AtomicInteger();

    /** A mail as the recipient's mailbox holds it. */
    public record ReceivedMail(String to, String subject, String textBody, Optional<String> htmlBody) {
    }

    /** The implementation under test, its mail server reachable. */
    protected abstract SendMailPort mailer();

    /** The same implementation configured for a mail server nobody answers at. */
    protected abstract SendMailPort unreachableMailer();

    /** What the mail server holds for this recipient, oldest first. */
    protected abstract List<ReceivedMail> received(EmailAddress recipient);

    protected static EmailAddress freshRecipient() {
        return new EmailAddress("collector" + RECIPIENTS.incrementAndGet() + "-" + System.nanoTime() + "@example.org");
    }

    @Test
    void givenPlainTextMail_send_isSentAndArrivesAsWritten() {
        EmailAddress to = freshRecipient();

        MailOutcome outcome = mailer().send(OutgoingMail.text(to, "Price alert: Charizard", "Base Set Charizard fell below 300.00 EUR."));

        assertThat(outcome).isInstanceOfSatisfying(MailOutcome.Sent.class, sent -> assertThat(sent.messageId()).isNotBlank());
        assertThat(received(to)).containsExactly(
                new ReceivedMail(to.value(), "Price alert: Charizard", "Base Set Charizard fell below 300.00 EUR.", Optional.empty()));
    }

    @Test
    void givenMailWithHtmlBody_send_deliversBothBodies() {
        EmailAddress to = freshRecipient();

        mailer().send(OutgoingMail.withHtml(to, "Wishlist", "Blastoise is under your price.",
                "<p>Blastoise is <strong>under</strong> your price.</p>"));

        assertThat(received(to)).singleElement().satisfies(mail -> {
            assertThat(mail.textBody()).isEqualTo("Blastoise is under your price.");
            assertThat(mail.htmlBody()).contains("<p>Blastoise is <strong>under</strong> your price.</p>");
        });
    }

    @Test
    void givenNonAsciiSubjectAndBody_send_arrivesUnchanged() {
        EmailAddress to = freshRecipient();

        mailer().send(OutgoingMail.text(to, "Préavis : Pikachu ピカチュウ à 12,50 €", "Prix : 12,50 € — ポケモン"));

        assertThat(received(to)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Préavis : Pikachu ピカチュウ à 12,50 €");
            assertThat(mail.textBody()).isEqualTo("Prix : 12,50 € — ポケモン");
        });
    }

    @Test
    void givenTwoRecipients_send_eachMailboxHoldsOnlyItsOwnMail() {
        EmailAddress first = freshRecipient();
        EmailAddress second = freshRecipient();

        mailer().send(OutgoingMail.text(first, "For the first", "one"));
        mailer().send(OutgoingMail.text(second, "For the second", "two"));

        assertThat(received(first)).extracting(ReceivedMail::subject).containsExactly("For the first");
        assertThat(received(second)).extracting(ReceivedMail::subject).containsExactly("For the second");
    }

    @Test
    void givenUnreachableMailServer_send_failsAsUnavailableAndWorthRetrying() {
        EmailAddress to = freshRecipient();

        assertThatThrownBy(() -> unreachableMailer().send(OutgoingMail.text(to, "Lost", "never arrives")))
                .isInstanceOf(MailServerUnavailableException.class)
                .satisfies(e -> assertThat(((MailNotSentException) e).worthRetrying()).isTrue())
                .hasMessageNotContaining("Exception");
        assertThat(received(to)).isEmpty();
    }
}
