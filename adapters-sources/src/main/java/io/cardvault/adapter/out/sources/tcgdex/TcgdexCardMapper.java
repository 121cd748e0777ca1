package io.cardvault.adapter.out.sources.tcgdex;

import io.cardvault.adapter.out.sources.catalogue.BadRowException;
import io.cardvault.adapter.out.sources.catalogue.JsonValues;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardFacts;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CollectorNumber;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.FormatLegalities;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.PlayTraits;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Stamp;
import io.cardvault.domain.catalogue.Variant;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Maps one tcgdex card row onto a {@link Card}.
 *
 * <p>Languages → printings: a card is printed in each language it has a name in that its set was
 * printed in (the set's name and release-date languages); when they share none (a few Asian
 * promos), in each language it has a name in. The set's main language (en, else ja, zh-tw, …)
 * is the card's main printing language.
 *
 * <p>Variant data → variants: tcgdex describes the products of the main market (its third-party
 * ids are those products), so every variant goes to the main-language printings with its ids;
 * {@code stamp 1st-edition} (any spelling) makes it a {@code 1st_edition} printing, subtype
 * {@code shadowless} a {@code shadowless} one, subtype {@code unlimited} the unlimited one, any
 * other subtype ("1999-2000-copyright", "no-e-reader", error prints) becomes the variant's label.
 * Types map {@code normal → normal}, {@code holo → holofoil}, {@code reverse → reverse_holofoil},
 * {@code lenticular}, {@code metal}; {@code foil} is the foil pattern, {@code size} the size.
 * Other printed languages get the unstamped, standard-size finishes in their unlimited printing,
 * without ids; a variant listing {@code languages} goes to exactly those printings. The old flag
 * form maps {@code normal/holo/reverse} alike, {@code firstEdition} to a 1st-edition main
 * printing and {@code wPromo} to a {@code w-promo} stamp. A card without any variant data is
 * assumed to exist as a plain {@code normal} card in each printing, so it can still be owned.
 */
final class TcgdexCardMapper {

    private static final Logger LOG = Logger.getLogger(TcgdexCardMapper.class.getName());
    private static final Set<String> NO_VALUE = Set.of("None", "none");

    private final Map<String, CardSet> sets;

    TcgdexCardMapper(Map<String, CardSet> sets) {
        this.sets = sets;
    }

    SourceRow map(JsonObject json, long lineNumber) {
        String id;
        try {
            id = JsonValues.text(json, "id");
        } catch (BadRowException e) {
            return new SourceRow.Unreadable("line " + lineNumber, e.getMessage());
        }
        if (id == null) {
            return new SourceRow.Unreadable("line " + lineNumber, "missing id");
        }
        try {
            return new SourceRow.Parsed(required(json, "setId"), card(id, json));
        } catch (BadRowException | InvalidCatalogueDataException | ArithmeticException | ClassCastException e) {
            return new SourceRow.Unreadable(id, e.getMessage());
        }
    }

    private Card card(String id, JsonObject json) {
        LocalizedNames names = JsonValues.names(json, "name");
        if (names == null) {
            throw new BadRowException("missing name");
        }
        String localId = required(json, "localId");
        CardSet set = sets.get(JsonValues.text(json, "setId"));
        CollectorNumber number = set == null ? CollectorNumber.bare(localId) : set.numberFor(localId);
        JsonObject thirdParty = JsonValues.object(json, "thirdParty");
        CrossReferences references = CrossReferences.marketplaces(
                JsonValues.positiveId(thirdParty, "cardmarket"), JsonValues.positiveId(thirdParty, "tcgplayer"));
        return Card.catalogue(id, number, names, facts(json), references, printings(json, names, set),
                FormatLegalities.none(), traits(json));
    }

    /**
     * The regulation mark, and {@code Basic} for a basic Energy (tcgdex's {@code energyType: Normal}):
     * what Standard's rotation and the four-copy rule's exemption read.
     */
    private static PlayTraits traits(JsonObject json) {
        boolean basicEnergy = "Energy".equals(JsonValues.text(json, "category"))
                && "Normal".equals(JsonValues.text(json, "energyType"));
        // the dump writes "None" on a few cards (and "j" once): a mark is one letter, anything else is no mark
        String mark = JsonValues.text(json, "regulationMark");
        return new PlayTraits(mark != null && mark.strip().length() == 1 && Character.isLetter(mark.strip().charAt(0)) ? mark : null,
                Set.of(), basicEnergy ? Set.of("Basic") : Set.of());
    }

    private static CardFacts facts(JsonObject json) {
        Integer hp = JsonValues.integer(json, "hp");
        String rarity = JsonValues.text(json, "rarity");
        List<Integer> dexIds = new ArrayList<>();
        JsonValue dex = json.get("dexId");
        if (dex instanceof JsonArray numbers) {
            numbers.forEach(number -> dexIds.add(JsonValues.integer(number, "dexId")));
        }
        return new CardFacts(JsonValues.text(json, "category"),
                rarity == null || NO_VALUE.contains(rarity) ? null : rarity,
                hp == null || hp == 0 ? null : hp, // tcgdex writes 0 where no HP is known
                JsonValues.texts(json, "types"),
                JsonValues.text(json, "stage"),
                JsonValues.names(json, "evolveFrom"),
                dexIds,
                JsonValues.text(json, "illustrator"));
    }

    private List<Printing> printings(JsonObject json, LocalizedNames names, CardSet set) {
        SortedSet<Language> printed = new TreeSet<>(names.byLanguage().keySet());
        if (set != null) {
            printed.retainAll(set.languages());
            if (printed.isEmpty()) {
                printed.addAll(names.byLanguage().keySet());
            }
        }
        Language main = mainLanguage(printed, set);
        Plan plan = new Plan(main, printed);
        JsonValue variants = json.get("variants");
        if (variants instanceof JsonArray details) {
            for (JsonValue detail : details) {
                if (!(detail instanceof JsonObject object)) {
                    throw new BadRowException("a variant is not an object: " + detail);
                }
                plan.addDetail(JsonValues.text(json, "id"), object);
            }
        } else if (variants instanceof JsonObject flags) {
            plan.addFlags(flags);
        }
        return plan.printings();
    }

    private static Language mainLanguage(SortedSet<Language> printed, CardSet set) {
        if (set != null && printed.contains(set.language())) {
            return set.language();
        }
        if (printed.contains(Language.ENGLISH)) {
            return Language.ENGLISH;
        }
        return TcgdexSetMapper.ASIAN_PREFERENCE.stream().filter(printed::contains).findFirst().orElse(printed.first());
    }

    private static Finish finish(String type) {
        if (type == null) {
            throw new BadRowException("variant without type");
        }
        return switch (type) {
            case "normal" -> Finish.NORMAL;
            case "holo" -> Finish.HOLOFOIL;
            case "reverse" -> Finish.REVERSE_HOLOFOIL;
            case "lenticular" -> Finish.LENTICULAR;
            case "metal" -> Finish.METAL;
            default -> throw new BadRowException("unknown variant type " + type);
        };
    }

    private static String required(JsonObject json, String key) {
        String value = JsonValues.text(json, key);
        if (value == null) {
            throw new BadRowException("missing " + key);
        }
        return value;
    }

    /** Gathers variants per (language, print run) in source order, then builds the printings. */
    private static final class Plan {

        private final Language main;
        private final SortedSet<Language> printed;
        private final Map<String, List<Variant>> byPrinting = new LinkedHashMap<>();
        private final Map<String, Printing> shape = new LinkedHashMap<>();
        private final Set<Finish> finishesSeen = new LinkedHashSet<>();

        Plan(Language main, SortedSet<Language> printed) {
            this.main = main;
            this.printed = printed;
        }

        void addDetail(String cardId, JsonObject detail) {
            Finish finish = finish(JsonValues.text(detail, "type"));
            List<Stamp> stamps = new ArrayList<>();
            boolean firstEdition = false;
            for (String text : JsonValues.texts(detail, "stamp")) {
                Stamp stamp = Stamp.of(text);
                if (stamp.marksFirstEdition()) {
                    firstEdition = true;
                } else {
                    stamps.add(stamp);
                }
            }
            String subtype = JsonValues.text(detail, "subtype");
            PrintRun run = firstEdition ? PrintRun.FIRST_EDITION
                    : "shadowless".equals(subtype) ? PrintRun.SHADOWLESS : PrintRun.UNLIMITED;
            String label = "unlimited".equals(subtype) || "shadowless".equals(subtype) ? null : subtype;
            JsonObject thirdParty = JsonValues.object(detail, "thirdParty");
            Variant variant = Variant.of(finish, JsonValues.text(detail, "foil"), stamps, JsonValues.text(detail, "size"), label,
                    CrossReferences.marketplaces(JsonValues.positiveId(thirdParty, "cardmarket"),
                            JsonValues.positiveId(thirdParty, "tcgplayer")));
            finishesSeen.add(finish);
            List<String> onlyIn = JsonValues.texts(detail, "languages");
            if (!onlyIn.isEmpty()) {
                List<Language> targets = onlyIn.stream().map(Language::of).filter(printed::contains).toList();
                if (targets.isEmpty()) {
                    LOG.warning(() -> cardId + ": variant " + variant.key() + " is only for " + onlyIn
                            + ", in which the card has no name; left out");
                }
                targets.forEach(language -> add(language, run, variant));
                return;
            }
            add(main, run, variant);
            if (run == PrintRun.UNLIMITED && stamps.isEmpty() && variant.size() == null
                    && Variant.STANDARD_LABEL.equals(variant.label())) {
                Variant plain = variant.withCrossReferences(CrossReferences.none());
                printed.stream().filter(language -> !language.equals(main)).forEach(language -> add(language, run, plain));
            }
        }

        void addFlags(JsonObject flags) {
            List<Finish> finishes = new ArrayList<>();
            if (flags.getBoolean("normal", false)) {
                finishes.add(Finish.NORMAL);
            }
            if (flags.getBoolean("holo", false)) {
                finishes.add(Finish.HOLOFOIL);
            }
            if (flags.getBoolean("reverse", false)) {
                finishes.add(Finish.REVERSE_HOLOFOIL);
            }
            finishesSeen.addAll(finishes);
            for (Language language : printed) {
                finishes.forEach(finish -> add(language, PrintRun.UNLIMITED, Variant.plain(finish)));
            }
            if (flags.getBoolean("firstEdition", false)) {
                (finishes.isEmpty() ? List.of(Finish.NORMAL) : finishes)
                        .forEach(finish -> add(main, PrintRun.FIRST_EDITION, Variant.plain(finish)));
            }
            if (flags.getBoolean("wPromo", false)) {
                add(main, PrintRun.UNLIMITED, Variant.of(Finish.NORMAL, null, List.of(Stamp.of("w-promo")), null, null, null));
            }
        }

        List<Printing> printings() {
            unshareCardmarketIds();
            List<Finish> fallback = finishesSeen.isEmpty() ? List.of(Finish.NORMAL) : List.copyOf(finishesSeen);
            for (Language language : printed) {
                boolean hasPrinting = byPrinting.keySet().stream().anyMatch(key -> key.startsWith(language.code() + "|"));
                if (!hasPrinting) {
                    fallback.forEach(finish -> add(language, PrintRun.UNLIMITED, Variant.plain(finish)));
                }
            }
            List<Printing> printings = new ArrayList<>();
            byPrinting.forEach((key, variants) -> printings.add(
                    new Printing(shape.get(key).language(), shape.get(key).printRun(), variants)));
            return printings;
        }

        /**
         * tcgdex gives a 1st Edition variant the Cardmarket product of another print run of the same
         * finish when Cardmarket sells both as one product (Base Set Charizard: 1st Edition and
         * Shadowless both name product 660224). Cardmarket's price guide cannot tell them apart, so
         * the id is the other print run's own and the 1st Edition variant has none: its prices and
         * buy link then never borrow another print's. TCGplayer ids stay, since TCGplayer prices a
         * product's printings apart ("1st Edition Holofoil" vs "Holofoil").
         */
        private void unshareCardmarketIds() {
            Map<String, Set<Long>> otherRuns = new LinkedHashMap<>();
            byPrinting.forEach((key, variants) -> {
                if (!shape.get(key).printRun().equals(PrintRun.FIRST_EDITION)) {
                    variants.stream().filter(variant -> cardmarketId(variant) != null)
                            .forEach(variant -> otherRuns.computeIfAbsent(variant.finish().code(), any -> new LinkedHashSet<>())
                                    .add(cardmarketId(variant)));
                }
            });
            byPrinting.forEach((key, variants) -> {
                if (shape.get(key).printRun().equals(PrintRun.FIRST_EDITION)) {
                    variants.replaceAll(variant -> cardmarketId(variant) != null
                            && otherRuns.getOrDefault(variant.finish().code(), Set.of()).contains(cardmarketId(variant))
                            ? variant.withCrossReferences(variant.crossReferences().withoutCardmarket()) : variant);
                }
            });
        }

        private static Long cardmarketId(Variant variant) {
            return variant.crossReferences() == null ? null : variant.crossReferences().cardmarketProductId();
        }

        private void add(Language language, PrintRun run, Variant variant) {
            String key = language.code() + "|" + run.code();
            byPrinting.computeIfAbsent(key, any -> new ArrayList<>()).add(variant);
            shape.putIfAbsent(key, new Printing(language, run, List.of(variant)));
        }
    }
}
