package io.cardvault.domain.deck;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Aggregate: a collector's deck of one game (by its slug), optionally for one format, private unless
 * made public, with its cards per section. Rules: a name of 1–100 characters; a format is a lower-case
 * slug; one line per card and section (adding a card again adds copies to its line); at most
 * {@link #MAX_LINES} lines. Legality is not a rule of the aggregate: a deck may be illegal while built.
 */
public final class Deck {

    public static final int MAX_NAME = 100;
    public static final int MAX_LINES = 500;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final Pattern GAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    private final Optional<DeckId> id;
    private final AccountId owner;
    private final String name;
    private final String game;
    private final Optional<String> format;
    private final boolean isPublic;
    private final List<DeckLine> lines;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Deck(Optional<DeckId> id, AccountId owner, String name, String game, Optional<String> format, boolean isPublic,
                 List<DeckLine> lines, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        String trimmed = name == null ? "" : name.strip();
        InvalidDeckDataException.require(!trimmed.isEmpty() && trimmed.length() <= MAX_NAME, "name",
                "a deck name has 1 to " + MAX_NAME + " characters");
        this.name = trimmed;
        InvalidDeckDataException.require(game != null && GAME.matcher(game).matches(), "tcg_slug", "not a game slug: " + game);
        this.game = game;
        this.format = Objects.requireNonNull(format, "format").map(text -> text.strip().toLowerCase(Locale.ROOT))
                .filter(text -> !text.isEmpty());
        this.format.ifPresent(text -> InvalidDeckDataException.require(FORMAT.matcher(text).matches(), "format",
                "a format is a slug such as standard, commander or vintage: " + text));
        this.isPublic = isPublic;
        this.lines = List.copyOf(lines);
        InvalidDeckDataException.require(this.lines.size() <= MAX_LINES, "card_id",
                "a deck holds at most " + MAX_LINES + " different cards per section");
        InvalidDeckDataException.require(this.lines.stream().map(line -> line.section() + ":" + line.card().value())
                .distinct().count() == this.lines.size(), "card_id", "a card is listed once per section");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new, empty deck, not stored yet. */
    public static Deck start(AccountId owner, String name, String game, Optional<String> format, boolean isPublic, Instant now) {
        return new Deck(Optional.empty(), owner, name, game, format, isPublic, List.of(), now, now);
    }

    /** A deck as the store kept it. */
    public static Deck reconstitute(DeckId id, AccountId owner, String name, String game, Optional<String> format,
                                    boolean isPublic, List<DeckLine> lines, Instant createdAt, Instant updatedAt) {
        return new Deck(Optional.of(id), owner, name, game, format, isPublic, lines, createdAt, updatedAt);
    }

    /** The deck with {@code quantity} more copies of the card in that section (a new line when it had none there). */
    public Deck addCopies(CardId card, DeckSection section, int quantity, Instant now) {
        InvalidDeckDataException.require(quantity >= 1 && quantity <= DeckLine.MAX_QUANTITY, "quantity",
                "quantity must be between 1 and " + DeckLine.MAX_QUANTITY + ": " + quantity);
        List<DeckLine> changed = new ArrayList<>();
        boolean merged = false;
        for (DeckLine line : lines) {
            if (line.card().equals(card) && line.section() == section) {
                InvalidDeckDataException.require(line.quantity() + quantity <= DeckLine.MAX_QUANTITY, "quantity",
                        "a deck holds at most " + DeckLine.MAX_QUANTITY + " copies of one card per section");
                changed.add(new DeckLine(card, section, line.quantity() + quantity));
                merged = true;
            } else {
                changed.add(line);
            }
        }
        if (!merged) {
            changed.add(new DeckLine(card, section, quantity));
        }
        return new Deck(id, owner, name, game, format, isPublic, changed, createdAt, now);
    }

    /** The deck with the card's line in that section set to {@code quantity} copies; 0 removes the line. */
    public Deck setCopies(CardId card, DeckSection section, int quantity, Instant now) {
        InvalidDeckDataException.require(quantity >= 0 && quantity <= DeckLine.MAX_QUANTITY, "quantity",
                "quantity must be between 0 and " + DeckLine.MAX_QUANTITY + ": " + quantity);
        List<DeckLine> changed = new ArrayList<>(lines.stream()
                .filter(line -> !(line.card().equals(card) && line.section() == section)).toList());
        if (quantity > 0) {
            changed.add(new DeckLine(card, section, quantity));
        }
        return new Deck(id, owner, name, game, format, isPublic, changed, createdAt, now);
    }

    /** Whether this account may read the deck: its owner always, anyone when it is public. */
    public boolean isReadableBy(Optional<AccountId> reader) {
        return isPublic || reader.filter(owner::equals).isPresent();
    }

    public boolean isOwnedBy(AccountId account) {
        return owner.equals(account);
    }

    public int count(DeckSection section) {
        return lines.stream().filter(line -> line.section() == section).mapToInt(DeckLine::quantity).sum();
    }

    public Optional<DeckId> id() {
        return id;
    }

    public AccountId owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String game() {
        return game;
    }

    public Optional<String> format() {
        return format;
    }

    public boolean isPublic() {
        return isPublic;
    }

    public List<DeckLine> lines() {
        return lines;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
