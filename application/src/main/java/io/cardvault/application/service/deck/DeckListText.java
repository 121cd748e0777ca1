package io.cardvault.application.service.deck;

import io.cardvault.domain.deck.DeckSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deck list as players export it, line by line, into card lines with their section:
 * <ul>
 *   <li>{@code 4 Lightning Bolt} (also {@code 4x Lightning Bolt}): a count and a name;</li>
 *   <li>{@code 4 Lightning Bolt (M10) 146}: MTG Arena's export, set code in brackets and collector number;</li>
 *   <li>{@code 4 Pikachu ex SVI 57}: Pokémon TCG Live's export, set code and number after the name;</li>
 *   <li>section headers: {@code Deck}, {@code Sideboard}, {@code Commander}, {@code Companion} (its card goes to
 *       the sideboard, as Arena keeps it outside the deck), Pokémon TCG Live's {@code Pokémon: 12}, {@code Trainer: 36},
 *       {@code Energy: 12} (all main deck); {@code SB: 2 Card} puts one line in the sideboard; a blank line after
 *       cards and before any header starts Magic Online's sideboard;</li>
 *   <li>{@code Total Cards: 60}, comments ({@code #}, {@code //}) and blank lines are skipped.</li>
 * </ul>
 * Any other line is unreadable and reported with its number.
 */
final class DeckListText {

    private static final Pattern COUNTED = Pattern.compile("^(\\d{1,4})\\s*[xX]?\\s+(.+)$");
    private static final Pattern ARENA = Pattern.compile("^(.+?)\\s+\\(([A-Za-z0-9]{2,8})\\)\\s+([A-Za-z0-9★-]{1,12})$");
    private static final Pattern LIVE = Pattern.compile("^(.+?)\\s+([A-Z][A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4})?)\\s+([A-Za-z]{0,3}\\d{1,4}[a-z]?)$");
    private static final Pattern HEADER = Pattern.compile("^([A-Za-zé ]+?)\\s*:?\\s*(\\d+)?\\s*$");
    private static final Pattern SIDEBOARD_PREFIX = Pattern.compile("^SB:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Map<String, DeckSection> HEADERS = Map.ofEntries(
            Map.entry("deck", DeckSection.MAIN), Map.entry("main", DeckSection.MAIN), Map.entry("maindeck", DeckSection.MAIN),
            Map.entry("main deck", DeckSection.MAIN), Map.entry("mainboard", DeckSection.MAIN),
            Map.entry("sideboard", DeckSection.SIDEBOARD), Map.entry("companion", DeckSection.SIDEBOARD),
            Map.entry("commander", DeckSection.COMMANDER), Map.entry("commanders", DeckSection.COMMANDER),
            Map.entry("pokémon", DeckSection.MAIN), Map.entry("pokemon", DeckSection.MAIN),
            Map.entry("trainer", DeckSection.MAIN), Map.entry("trainers", DeckSection.MAIN),
            Map.entry("energy", DeckSection.MAIN), Map.entry("energies", DeckSection.MAIN));
    private static final List<String> SKIPPED = List.of("total cards", "total");

    private DeckListText() {
    }

    /** A line of the list: a card line, or one that could not be read. */
    sealed interface Line {
        int number();

        String text();
    }

    /** A card line: how many, the name, and set code and number when the line gives them. */
    record CardLine(int number, String text, int quantity, String name, Optional<String> setCode,
                    Optional<String> collectorNumber, DeckSection section) implements Line {
    }

    record Unreadable(int number, String text) implements Line {
    }

    static List<Line> read(String text, boolean blankLineStartsSideboard) {
        List<Line> lines = new ArrayList<>();
        DeckSection section = DeckSection.MAIN;
        boolean headerSeen = false;
        boolean cardsSeen = false;
        int number = 0;
        for (String raw : text.lines().toList()) {
            number++;
            String line = raw.strip();
            if (line.isEmpty()) {
                if (blankLineStartsSideboard && !headerSeen && cardsSeen) {
                    section = DeckSection.SIDEBOARD;
                }
                continue;
            }
            if (line.startsWith("#") || line.startsWith("//")) {
                continue;
            }
            DeckSection lineSection = section;
            Matcher sideboard = SIDEBOARD_PREFIX.matcher(line);
            if (sideboard.matches()) {
                line = sideboard.group(1).strip();
                lineSection = DeckSection.SIDEBOARD;
            }
            Matcher counted = COUNTED.matcher(line);
            if (counted.matches()) {
                lines.add(cardLine(number, raw.strip(), Integer.parseInt(counted.group(1)), counted.group(2).strip(), lineSection));
                cardsSeen = true;
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                String word = header.group(1).strip().toLowerCase(Locale.ROOT);
                if (HEADERS.containsKey(word)) {
                    section = HEADERS.get(word);
                    headerSeen = true;
                    continue;
                }
                if (SKIPPED.contains(word)) {
                    continue;
                }
            }
            lines.add(new Unreadable(number, raw.strip()));
        }
        return lines;
    }

    private static CardLine cardLine(int number, String text, int quantity, String rest, DeckSection section) {
        Matcher arena = ARENA.matcher(rest);
        if (arena.matches()) {
            return new CardLine(number, text, quantity, arena.group(1).strip(), Optional.of(arena.group(2)),
                    Optional.of(arena.group(3)), section);
        }
        Matcher live = LIVE.matcher(rest);
        if (live.matches()) {
            return new CardLine(number, text, quantity, live.group(1).strip(), Optional.of(live.group(2)),
                    Optional.of(live.group(3)), section);
        }
        return new CardLine(number, text, quantity, rest, Optional.empty(), Optional.empty(), section);
    }
}
