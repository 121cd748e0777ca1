package io.cardvault.domain.realtime;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSetId;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One channel name, always in its canonical form: {@code card:<id>}, {@code set:<id>} (positive
 * numbers), {@code tcg:<slug>} (lowercase letters, digits, {@code -} and {@code _}),
 * {@code market:movers}, {@code marketplace:new}, {@code user:<account id>},
 * {@code scan:<session id>} (letters, digits, {@code -} and {@code _}, at most 64).
 */
public record Topic(String name) implements Serializable {

    public static final int MAX_LENGTH = 100;
    public static final Topic MARKET_MOVERS = new Topic("market:movers");
    public static final Topic MARKETPLACE_NEW = new Topic("marketplace:new");

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern SESSION = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public Topic {
        Objects.requireNonNull(name, "name");
        if (name.length() > MAX_LENGTH) {
            throw new InvalidTopicException("topic is longer than " + MAX_LENGTH + " characters");
        }
        TopicKind kind = TopicKind.ofName(name).orElseThrow(() -> new InvalidTopicException("unknown topic: " + name));
        String rest = name.substring(kind.prefix().length());
        boolean valid = switch (kind) {
            case CARD, SET, USER -> NUMBER.matcher(rest).matches();
            case TCG -> SLUG.matcher(rest).matches();
            case MARKET -> rest.equals("movers");
            case MARKETPLACE -> rest.equals("new");
            case SCAN -> SESSION.matcher(rest).matches();
        };
        if (!valid) {
            throw new InvalidTopicException("unknown topic: " + name);
        }
    }

    /** Reads a topic as a client typed it; surrounding blanks are ignored and a tcg slug is lowercased. */
    public static Topic parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidTopicException("topic is required");
        }
        String stripped = text.strip();
        if (stripped.startsWith(TopicKind.TCG.prefix())) {
            return new Topic(stripped.toLowerCase(Locale.ROOT));
        }
        return new Topic(stripped);
    }

    public static Topic card(CardId card) {
        return new Topic(TopicKind.CARD.prefix() + card.value());
    }

    public static Topic set(CardSetId set) {
        return new Topic(TopicKind.SET.prefix() + set.value());
    }

    public static Topic tcg(String slug) {
        return new Topic(TopicKind.TCG.prefix() + slug.strip().toLowerCase(Locale.ROOT));
    }

    public static Topic user(AccountId account) {
        return new Topic(TopicKind.USER.prefix() + account.value());
    }

    public static Topic scan(String sessionId) {
        return new Topic(TopicKind.SCAN.prefix() + sessionId);
    }

    public TopicKind kind() {
        return TopicKind.ofName(name).orElseThrow();
    }

    /** Whether {@code listener} may subscribe; {@link #refusalFor} says why not. */
    public boolean readableBy(Listener listener) {
        return refusalFor(listener) == null;
    }

    /** Why {@code listener} may not subscribe, or {@code null} when it may. */
    public String refusalFor(Listener listener) {
        return switch (kind().access()) {
            case PUBLIC -> null;
            case AUTHENTICATED -> listener.account().isPresent() ? null : "authentication required for " + name;
            case OWNER -> {
                if (listener.account().isEmpty()) {
                    yield "authentication required for " + name;
                }
                if (!name.equals(TopicKind.USER.prefix() + listener.account().get().value())) {
                    yield "forbidden: " + name + " belongs to another account";
                }
                yield listener.privateTopicsAllowed() ? null
                        : "private topics need the api_key in the query string at connect time";
            }
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
