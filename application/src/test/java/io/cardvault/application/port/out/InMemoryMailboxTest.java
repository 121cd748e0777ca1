package io.cardvault.application.port.out;

import io.cardvault.domain.account.EmailAddress;
import java.util.List;

/** The fake obeys the same contract as the real mail adapter, so service tests on it mean something. */
class InMemoryMailboxTest extends SendMailPortContract {

    private final InMemoryMailbox mailbox = InMemoryMailbox.reachable();

    @Override
    protected SendMailPort mailer() {
        return mailbox;
    }

    @Override
    protected SendMailPort unreachableMailer() {
        return InMemoryMailbox.unreachable();
    }

    @Override
    protected List<ReceivedMail> received(EmailAddress recipient) {
        return mailbox.sentTo(recipient).stream()
                .map(mail -> new ReceivedMail(mail.to().value(), mail.subject(), mail.textBody(), mail.htmlBody()))
                .toList();
    }
}
