package io.cardvault.domain.realtime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The topics one connection listens to, at most {@code maxTopics} of them, each one allowed to
 * its listener. Not thread-safe: a connection handles its messages one at a time.
 */
public final class Subscriptions {

    /** What a subscribe request came to. */
    public sealed interface Outcome {
        /** Subscribed now or already before (acknowledged either way). */
        record Subscribed(Topic topic) implements Outcome { }

        /** Refused, with the reason shown to the client. */
        record Refused(String topic, String reason) implements Outcome { }
    }

    private final Listener listener;
    private final int maxTopics;
    private final Set<Topic> topics = new LinkedHashSet<>();

    public Subscriptions(Listener listener, int maxTopics) {
        this.listener = Objects.requireNonNull(listener, "listener");
        if (maxTopics < 1) {
            throw new IllegalArgumentException("maxTopics must be positive: " + maxTopics);
        }
        this.maxTopics = maxTopics;
    }

    public Outcome subscribe(String requested) {
        Outcome parsed = parse(requested);
        if (!(parsed instanceof Outcome.Subscribed named)) {
            return parsed;
        }
        Topic topic = named.topic();
        String refusal = topic.refusalFor(listener);
        if (refusal != null) {
            return new Outcome.Refused(topic.name(), refusal);
        }
        if (!topics.contains(topic) && topics.size() >= maxTopics) {
            return new Outcome.Refused(topic.name(), "topic limit reached (max " + maxTopics + " per connection)");
        }
        topics.add(topic);
        return new Outcome.Subscribed(topic);
    }

    /** Removes a topic; unknown or never-subscribed topics are simply not there. */
    public Outcome unsubscribe(String requested) {
        Outcome parsed = parse(requested);
        if (parsed instanceof Outcome.Subscribed named) {
            topics.remove(named.topic());
        }
        return parsed;
    }

    /** The topic a client named, or the reason it names none. */
    private static Outcome parse(String requested) {
        try {
            return new Outcome.Subscribed(Topic.parse(requested));
        } catch (InvalidTopicException e) {
            return new Outcome.Refused(requested, e.getMessage());
        }
    }

    /** Whether this connection gets {@code event}: a broadcast, or one of its topics is subscribed. */
    public List<Topic> matching(MarketEvent event) {
        return event.topics().stream().filter(topics::contains).toList();
    }

    public Set<Topic> topics() {
        return Set.copyOf(topics);
    }

    public Listener listener() {
        return listener;
    }
}
