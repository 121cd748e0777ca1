package io.cardvault.domain.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The API's words for a card's variants ({@code normal}, {@code holo}, {@code reverse_holo},
 * {@code 1st_edition_holo}, {@code shadowless_holo}): the print run unless it is unlimited, then the
 * finish, as the spec's collection examples write them. Several printings of a card (languages) share
 * a word; the card's own language wins, so a word names one variant of a card.
 */
public final class VariantSlugs {

    /** What collectors and other exports also call a finish: MTG's "foil" is a holofoil here. */
    private static final Map<String, String> FINISH_ALIASES = Map.of("foil", "holo", "nonfoil", "normal",
            "reverse_foil", "reverse_holo");

    private VariantSlugs() {
    }

    /** The word of one variant of a printing: {@code holo}, {@code 1st_edition_holo}, {@code lenticular}. */
    public static String of(PrintingDetails printing, VariantDetails variant) {
        String finish = switch (variant.finish()) {
            case "holofoil" -> "holo";
            case "reverse_holofoil" -> "reverse_holo";
            default -> variant.finish();
        };
        return "unlimited".equals(printing.printRun()) ? finish : printing.printRun() + "_" + finish;
    }

    /** The word of the card's variant with that id, if the card has it. */
    public static Optional<String> of(CardDetails card, VariantId variant) {
        for (PrintingDetails printing : card.printings()) {
            for (VariantDetails candidate : printing.variants()) {
                if (candidate.id() == variant.value()) {
                    return Optional.of(of(printing, candidate));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The card's variant a word names, its own language's printing first; the finish part may be an
     * alias ({@code foil}, {@code 1st_edition_foil}). Case and surrounding space are ignored.
     */
    public static Optional<VariantId> find(CardDetails card, String word) {
        String wanted = canonical(word);
        return inLanguageOrder(card).stream()
                .flatMap(printing -> printing.variants().stream()
                        .filter(variant -> of(printing, variant).equals(wanted))
                        .map(variant -> new VariantId(variant.id())))
                .findFirst();
    }

    /** Every word the card answers to, its own language's printings first, without repeats. */
    public static List<String> all(CardDetails card) {
        return inLanguageOrder(card).stream()
                .flatMap(printing -> printing.variants().stream().map(variant -> of(printing, variant)))
                .distinct().toList();
    }

    private static String canonical(String word) {
        String lower = word.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Map.Entry<String, String> alias : FINISH_ALIASES.entrySet()) {
            if (lower.equals(alias.getKey()) || lower.endsWith("_" + alias.getKey())) {
                return lower.substring(0, lower.length() - alias.getKey().length()) + alias.getValue();
            }
        }
        return lower;
    }

    private static List<PrintingDetails> inLanguageOrder(CardDetails card) {
        List<PrintingDetails> ordered = new ArrayList<>(card.printings());
        ordered.sort(Comparator.comparing(printing -> !printing.language().equals(card.set().language())));
        return ordered;
    }
}
