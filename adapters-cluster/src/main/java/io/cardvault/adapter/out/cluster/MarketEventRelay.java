package io.cardvault.adapter.out.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.ReliableTopicConfig;
import com.hazelcast.config.RingbufferConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.ReliableMessageListener;
import com.hazelcast.topic.TopicOverloadPolicy;
import io.cardvault.domain.realtime.MarketEvent;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries market events between nodes on one Hazelcast <em>reliable</em> topic: every member's
 * listener reads each event from the topic's ringbuffer exactly once, in publish order, and hands
 * it to its node's clients — the publishing node included, through the same path, so no node
 * delivers an event twice or skips its own. A reliable topic rather than a plain one because a
 * plain topic drops events when a member's event queue is full and loses those in flight when
 * the publisher dies; the ringbuffer has a synchronous backup and a slow reader only loses the
 * oldest events (it is loss-tolerant instead of being cut off). Publishing never blocks the
 * producer: a full ringbuffer discards its oldest event.
 */
final class MarketEventRelay {

    static final String TOPIC = "cardvault-market-events";
    /** Minutes of events at hundreds per second; readers are normally milliseconds behind. */
    static final int CAPACITY = 20_000;
    static final int TIME_TO_LIVE_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(MarketEventRelay.class.getName());

    private MarketEventRelay() {
    }

    static void configure(Config config) {
        config.addRingBufferConfig(new RingbufferConfig(TOPIC).setCapacity(CAPACITY)
                .setBackupCount(1).setAsyncBackupCount(0).setTimeToLiveSeconds(TIME_TO_LIVE_SECONDS));
        config.addReliableTopicConfig(new ReliableTopicConfig(TOPIC)
                .setTopicOverloadPolicy(TopicOverloadPolicy.DISCARD_OLDEST).setReadBatchSize(50));
    }

    /** Starts this member's reader; returns its registration, for {@link #stopListening}. */
    static UUID listen(HazelcastInstance member, Consumer<MarketEvent> deliver) {
        return member.<MarketEvent>getReliableTopic(TOPIC).addMessageListener(new Reader(deliver));
    }

    static void stopListening(HazelcastInstance member, UUID registration) {
        member.getReliableTopic(TOPIC).removeMessageListener(registration);
    }

    /** Puts an event on the topic without waiting for it to be stored. */
    static void publish(HazelcastInstance member, MarketEvent event) {
        member.<MarketEvent>getReliableTopic(TOPIC).publishAsync(event).whenComplete((ignored, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, failure, () -> "Could not publish " + event.type() + " to the cluster");
            }
        });
    }

    /** Reads from the next event on, survives falling behind and keeps reading after a failed delivery. */
    private record Reader(Consumer<MarketEvent> deliver) implements ReliableMessageListener<MarketEvent> {

        @Override
        public void onMessage(Message<MarketEvent> message) {
            try {
                deliver.accept(message.getMessageObject());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Delivering " + message.getMessageObject().type() + " failed");
            }
        }

        @Override
        public long retrieveInitialSequence() {
            return -1; // from the next event published; a node that starts has no clients waiting for old ones
        }

        @Override
        public void storeSequence(long sequence) {
            // nothing to remember: a restarted node starts from the next event
        }

        @Override
        public boolean isLossTolerant() {
            return true;
        }

        @Override
        public boolean isTerminal(Throwable failure) {
            return false;
        }
    }
}
