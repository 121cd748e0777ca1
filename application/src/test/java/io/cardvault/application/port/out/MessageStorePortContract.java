package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.Message;
import io.cardvault.domain.community.MessageFolder;
import io.cardvault.domain.community.MessageId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract of {@link MessageStorePort}: the in-memory fake and the database adapter must pass it. */
public abstract class MessageStorePortContract {

    protected abstract MessageStorePort messages();

    protected abstract AccountId anAccount();

    private Message send(AccountId from, AccountId to, String body, Instant at) {
        return messages().add(Message.compose(from, to, Optional.empty(), Optional.of("About the card"), body, Optional.empty(), at));
    }

    @Test
    void givenNewMessage_add_givesItAnIdAndStoresEveryField() {
        AccountId alice = anAccount();
        AccountId bob = anAccount();
        Instant at = MarketplaceSamples.freshEra();
        Message first = send(alice, bob, "Is it still there?", at);
        Message reply = messages().add(Message.compose(bob, alice, Optional.empty(), Optional.empty(), "Yes — ünïcode ✓",
                Optional.of(first.requireId()), at.plusSeconds(1)));

        Message found = messages().findById(reply.requireId()).orElseThrow();
        assertThat(found.sender()).isEqualTo(bob);
        assertThat(found.recipient()).isEqualTo(alice);
        assertThat(found.body()).isEqualTo("Yes — ünïcode ✓");
        assertThat(found.subject()).isEmpty();
        assertThat(found.parent()).contains(first.requireId());
        assertThat(found.read()).isFalse();
        assertThat(found.hidden()).isFalse();
        assertThat(found.createdAt()).isEqualTo(at.plusSeconds(1));
        assertThat(messages().findById(first.requireId()).orElseThrow().subject()).contains("About the card");
        assertThat(messages().findById(new MessageId(Long.MAX_VALUE - 5))).isEmpty();
    }

    @Test
    void givenMessagesBothWays_folders_splitThemNewestFirst() {
        AccountId alice = anAccount();
        AccountId bob = anAccount();
        Instant at = MarketplaceSamples.freshEra();
        Message toBob = send(alice, bob, "one", at);
        Message toAlice = send(bob, alice, "two", at.plusSeconds(1));
        Message again = send(alice, bob, "three", at.plusSeconds(2));

        assertThat(messages().findInFolder(bob, MessageFolder.INBOX, Optional.empty(), 10)).extracting(Message::id)
                .containsExactly(again.id(), toBob.id());
        assertThat(messages().findInFolder(bob, MessageFolder.SENT, Optional.empty(), 10)).extracting(Message::id)
                .containsExactly(toAlice.id());
        assertThat(messages().findInFolder(bob, MessageFolder.ALL, Optional.empty(), 2)).extracting(Message::id)
                .containsExactly(again.id(), toAlice.id());
        assertThat(messages().countUnread(bob)).isEqualTo(2);
    }

    @Test
    void givenConversation_markReadFrom_marksOnlyWhatTheOwnerReceivedFromThatSender() {
        AccountId alice = anAccount();
        AccountId bob = anAccount();
        AccountId carol = anAccount();
        Instant at = MarketplaceSamples.freshEra();
        send(alice, bob, "hi bob", at);
        send(bob, alice, "hi alice", at.plusSeconds(1));
        send(carol, bob, "hi from carol", at.plusSeconds(2));

        assertThat(messages().findBetween(bob, alice, Optional.empty(), 10)).extracting(Message::body)
                .containsExactly("hi bob", "hi alice");
        assertThat(messages().markReadFrom(bob, alice, Optional.empty())).isEqualTo(1);
        assertThat(messages().markReadFrom(bob, alice, Optional.empty())).isZero();
        assertThat(messages().countUnread(bob)).isEqualTo(1);
        assertThat(messages().countUnread(alice)).isEqualTo(1);
    }

    @Test
    void givenHiddenMessage_reads_leaveItOut() {
        AccountId alice = anAccount();
        AccountId bob = anAccount();
        Message spam = send(alice, bob, "buy followers", MarketplaceSamples.freshEra());

        assertThat(messages().hide(spam.requireId())).isTrue();
        assertThat(messages().hide(new MessageId(Long.MAX_VALUE - 5))).isFalse();
        assertThat(messages().findInFolder(bob, MessageFolder.INBOX, Optional.empty(), 10)).isEmpty();
        assertThat(messages().findBetween(bob, alice, Optional.empty(), 10)).isEmpty();
        assertThat(messages().countUnread(bob)).isZero();
        assertThat(messages().findById(spam.requireId()).orElseThrow().hidden()).isTrue();
    }
}
