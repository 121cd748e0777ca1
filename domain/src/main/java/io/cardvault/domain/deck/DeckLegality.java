package io.cardvault.domain.deck;

import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.Legality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deck-building rules, per game and format, as pure functions of a deck and its cards.
 *
 * <p><b>Magic</b> (format from the deck; each card's standing there from MTGJSON's legalities): a banned
 * card, a card the format does not list ("not legal") and more than one copy of a restricted card are
 * problems. Constructed formats: at least 60 main-deck cards, at most 15 in the sideboard, at most four
 * copies of a card by name across deck and sideboard, basic lands exempt. Commander formats
 * ({@link #COMMANDER_FORMATS}): one or two commanders, each a legendary creature, exactly 100 cards with
 * them, one copy of each card but basic lands, and no card outside the commanders' colour identity.
 *
 * <p><b>Pokémon</b> (Standard and Expanded; {@link PokemonFormats} holds the dates): exactly 60 cards, at
 * most four copies by name but basic Energy, one ACE SPEC card (rarity "ACE SPEC Rare") and one Radiant
 * Pokémon in the whole deck; Standard allows the regulation marks of the day's rotation, Expanded the
 * sets from Black &amp; White on; basic Energy is legal in both. No sideboard, no commander.
 *
 * <p><b>Other games and formats</b>: unchecked, said as such; only a card of another game is a problem.
 */
public final class DeckLegality {

    public static final Set<String> COMMANDER_FORMATS = Set.of("commander", "duel", "paupercommander");
    /** The formats MTGJSON lists legalities for: a format outside these has no rules here. */
    public static final Set<String> MTG_FORMATS = Set.of("standard", "future", "historic", "gladiator", "pioneer",
            "explorer", "modern", "legacy", "pauper", "vintage", "penny", "commander", "brawl", "historicbrawl",
            "alchemy", "paupercommander", "duel", "oldschool", "premodern");
    public static final Set<String> POKEMON_FORMATS = Set.of("standard", "expanded");
    static final int CONSTRUCTED_MIN = 60;
    static final int SIDEBOARD_MAX = 15;
    static final int COPY_LIMIT = 4;
    static final int COMMANDER_DECK = 100;
    static final int POKEMON_DECK = 60;

    private final PokemonFormats pokemon;

    public DeckLegality(PokemonFormats pokemon) {
        this.pokemon = pokemon;
    }

    /** The verdict on {@code deck} on {@code day}, reading each line's card from {@code cards} (a card missing there is skipped). */
    public LegalityVerdict judge(Deck deck, Map<CardId, PlayableCard> cards, LocalDate day) {
        List<Counted> counted = new ArrayList<>();
        List<LegalityProblem> problems = new ArrayList<>();
        for (DeckLine line : deck.lines()) {
            PlayableCard card = cards.get(line.card());
            if (card == null) {
                continue;
            }
            if (!card.game().equals(deck.game())) {
                problems.add(LegalityProblem.ofCard(card, "other_game",
                        card.name() + " is a " + card.game() + " card, not a " + deck.game() + " card"));
                continue;
            }
            counted.add(new Counted(card, line.section(), line.quantity()));
        }
        Optional<String> format = deck.format();
        return switch (deck.game()) {
            case "mtg" -> format.filter(MTG_FORMATS::contains)
                    .map(known -> magic(known, counted, problems))
                    .orElseGet(() -> LegalityVerdict.unchecked("mtg", format.map(name -> "No rules are known for the Magic format '"
                            + name + "'; choose one of " + new TreeSet<>(MTG_FORMATS)).orElse(
                            "The deck has no format: choose one (standard, modern, vintage, commander…) to check it"), problems));
            case "pokemon" -> format.filter(POKEMON_FORMATS::contains)
                    .map(known -> pokemon(known, counted, problems, day))
                    .orElseGet(() -> LegalityVerdict.unchecked("pokemon", format.map(name -> "No rules are known for the Pokémon format '"
                            + name + "'; choose standard or expanded").orElse(
                            "The deck has no format: choose standard or expanded to check it"), problems));
            default -> LegalityVerdict.unchecked("generic", "Generic answer: no deck-building rules are known for "
                    + deck.game() + ", so only that every card belongs to the game is checked", problems);
        };
    }

    private static LegalityVerdict magic(String format, List<Counted> cards, List<LegalityProblem> problems) {
        boolean commander = COMMANDER_FORMATS.contains(format);
        Map<String, Integer> copies = copiesByName(cards, commander);
        Map<String, PlayableCard> byName = firstByName(cards);
        for (Map.Entry<String, PlayableCard> entry : byName.entrySet()) {
            PlayableCard card = entry.getValue();
            int count = copies.getOrDefault(entry.getKey(), 0);
            Optional<Legality> standing = card.legalities().in(format);
            if (standing.isEmpty()) {
                problems.add(LegalityProblem.ofCard(card, "not_legal", card.name() + " is not legal in " + format));
            } else if (standing.get() == Legality.BANNED) {
                problems.add(LegalityProblem.ofCard(card, "banned", card.name() + " is banned in " + format));
            } else if (standing.get() == Legality.RESTRICTED && count > 1) {
                problems.add(LegalityProblem.ofCard(card, "restricted", card.name() + " is restricted in " + format
                        + ": one copy allowed, the deck has " + count));
            }
            boolean basicLand = card.traits().isBasic() && card.hasType("Land");
            if (!basicLand && standing.filter(legality -> legality == Legality.RESTRICTED).isEmpty()) {
                int limit = commander ? 1 : COPY_LIMIT;
                if (count > limit) {
                    problems.add(LegalityProblem.ofCard(card, commander ? "singleton" : "copy_limit", commander
                            ? format + " decks hold one copy of each card but basic lands; " + card.name() + " has " + count
                            : "at most " + COPY_LIMIT + " copies of a card but basic lands; " + card.name() + " has " + count));
                }
            }
        }
        int main = count(cards, DeckSection.MAIN);
        int sideboard = count(cards, DeckSection.SIDEBOARD);
        if (commander) {
            commanderRules(format, cards, main, problems);
        } else {
            if (main < CONSTRUCTED_MIN) {
                problems.add(LegalityProblem.ofDeck("deck_size", "a " + format + " deck has at least " + CONSTRUCTED_MIN
                        + " main-deck cards; this one has " + main));
            }
            if (sideboard > SIDEBOARD_MAX) {
                problems.add(LegalityProblem.ofDeck("sideboard_size", "a sideboard holds at most " + SIDEBOARD_MAX
                        + " cards; this one has " + sideboard));
            }
            cards.stream().filter(card -> card.section() == DeckSection.COMMANDER).map(Counted::card).distinct()
                    .forEach(card -> problems.add(LegalityProblem.ofCard(card, "section",
                            format + " has no commander: move " + card.name() + " to the main deck")));
        }
        return LegalityVerdict.judged(commander ? "mtg-commander" : "mtg-constructed",
                "Magic " + format + ": card legalities from MTGJSON (as of its dump) and the format's construction rules", problems);
    }

    private static void commanderRules(String format, List<Counted> cards, int main, List<LegalityProblem> problems) {
        List<PlayableCard> commanders = cards.stream().filter(card -> card.section() == DeckSection.COMMANDER)
                .map(Counted::card).distinct().toList();
        int commanderCopies = count(cards, DeckSection.COMMANDER);
        if (commanders.isEmpty() || commanderCopies > 2) {
            problems.add(LegalityProblem.ofDeck("commander_count", "a " + format + " deck has one commander (two with partner); this one has "
                    + commanderCopies));
        }
        Set<String> identity = new TreeSet<>();
        for (PlayableCard commander : commanders) {
            identity.addAll(commander.traits().colourIdentity());
            if (!(commander.traits().isLegendary() && commander.hasType("Creature"))) {
                problems.add(LegalityProblem.ofCard(commander, "commander_type",
                        commander.name() + " is not a legendary creature, so it cannot be the commander"));
            }
        }
        int total = main + commanderCopies;
        if (total != COMMANDER_DECK) {
            problems.add(LegalityProblem.ofDeck("deck_size", "a " + format + " deck has exactly " + COMMANDER_DECK
                    + " cards with its commander; this one has " + total));
        }
        if (!commanders.isEmpty()) {
            cards.stream().filter(card -> card.section() != DeckSection.COMMANDER).map(Counted::card).distinct()
                    .filter(card -> !identity.containsAll(card.traits().colourIdentity()))
                    .forEach(card -> problems.add(LegalityProblem.ofCard(card, "colour_identity", card.name()
                            + "'s colour identity " + String.join("", card.traits().colourIdentity())
                            + " is outside the commander's (" + (identity.isEmpty() ? "colourless" : String.join("", identity)) + ")")));
        }
        cards.stream().filter(card -> card.section() == DeckSection.SIDEBOARD).map(Counted::card).distinct()
                .forEach(card -> problems.add(LegalityProblem.ofCard(card, "section",
                        format + " has no sideboard: move " + card.name() + " to the deck or take it out")));
    }

    private LegalityVerdict pokemon(String format, List<Counted> cards, List<LegalityProblem> problems, LocalDate day) {
        boolean standard = "standard".equals(format);
        Set<String> marks = pokemon.standardMarksOn(day);
        Map<String, Integer> copies = copiesByName(cards, true);
        int aceSpecs = 0;
        int radiants = 0;
        for (Map.Entry<String, PlayableCard> entry : firstByName(cards).entrySet()) {
            PlayableCard card = entry.getValue();
            int count = copies.getOrDefault(entry.getKey(), 0);
            boolean basicEnergy = card.traits().isBasic() && card.hasType("Energy");
            if (!basicEnergy && count > COPY_LIMIT) {
                problems.add(LegalityProblem.ofCard(card, "copy_limit", "at most " + COPY_LIMIT
                        + " copies of a card with the same name but basic Energy; " + card.name() + " has " + count));
            }
            if (card.rarity() != null && card.rarity().equalsIgnoreCase("ACE SPEC Rare")) {
                aceSpecs += count;
            }
            if (card.hasType("Pokemon") && card.name().startsWith("Radiant ")) {
                radiants += count;
            }
            if (basicEnergy) {
                continue;
            }
            if (standard) {
                Optional<String> mark = card.traits().mark();
                if (mark.isEmpty()) {
                    problems.add(LegalityProblem.ofCard(card, "regulation_mark", card.name() + " (" + card.setCode()
                            + ") has no regulation mark, so it is not legal in Standard (marks " + String.join(", ", new TreeSet<>(marks)) + ")"));
                } else if (!marks.contains(mark.get())) {
                    problems.add(LegalityProblem.ofCard(card, "regulation_mark", card.name() + " (" + card.setCode()
                            + ") has regulation mark " + mark.get() + ", rotated out of Standard (marks "
                            + String.join(", ", new TreeSet<>(marks)) + " on " + day + ")"));
                }
            } else if (card.released().map(released -> released.isBefore(pokemon.expandedFirstRelease())).orElse(true)) {
                problems.add(LegalityProblem.ofCard(card, "set_not_legal", card.name() + " (" + card.setCode()
                        + ") was released before Black & White (" + pokemon.expandedFirstRelease() + "), so it is not legal in Expanded"));
            }
        }
        if (aceSpecs > 1) {
            problems.add(LegalityProblem.ofDeck("ace_spec", "a deck holds one ACE SPEC card; this one has " + aceSpecs));
        }
        if (radiants > 1) {
            problems.add(LegalityProblem.ofDeck("radiant", "a deck holds one Radiant Pokémon; this one has " + radiants));
        }
        int total = count(cards, DeckSection.MAIN);
        if (total != POKEMON_DECK) {
            problems.add(LegalityProblem.ofDeck("deck_size", "a Pokémon deck has exactly " + POKEMON_DECK + " cards; this one has " + total));
        }
        cards.stream().filter(card -> card.section() != DeckSection.MAIN).map(Counted::card).distinct()
                .forEach(card -> problems.add(LegalityProblem.ofCard(card, "section",
                        "a Pokémon deck has no sideboard or commander: move " + card.name() + " to the deck")));
        return LegalityVerdict.judged("pokemon-" + format, standard
                ? "Pokémon Standard on " + day + ": regulation marks " + String.join(", ", new TreeSet<>(marks))
                : "Pokémon Expanded: sets from Black & White on (the Expanded ban list is not checked)", problems);
    }

    /** Copies per name; {@code withCommander} counts the command zone too (singleton formats), the sideboard always counts. */
    private static Map<String, Integer> copiesByName(List<Counted> cards, boolean withCommander) {
        Map<String, Integer> copies = new LinkedHashMap<>();
        for (Counted card : cards) {
            if (withCommander || card.section() != DeckSection.COMMANDER) {
                copies.merge(card.card().nameKey(), card.quantity(), Integer::sum);
            }
        }
        return copies;
    }

    private static Map<String, PlayableCard> firstByName(List<Counted> cards) {
        Map<String, PlayableCard> byName = new LinkedHashMap<>();
        cards.forEach(card -> byName.putIfAbsent(card.card().nameKey(), card.card()));
        return byName;
    }

    private static int count(List<Counted> cards, DeckSection section) {
        return cards.stream().filter(card -> card.section() == section).mapToInt(Counted::quantity).sum();
    }

    private record Counted(PlayableCard card, DeckSection section, int quantity) {
    }
}
