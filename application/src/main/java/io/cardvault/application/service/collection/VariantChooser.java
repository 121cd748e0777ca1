package io.cardvault.application.service.collection;

import io.cardvault.application.port.in.collection.MarketplaceProduct;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.PrintingDetails;
import io.cardvault.domain.catalogue.Variant;
import io.cardvault.domain.catalogue.VariantDetails;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses which of a matched card's variants an import row means, from the row's language, its
 * variant hint ({@code holo}, {@code reverse_holo}, {@code 1st_edition_holo}, {@code cosmos_holo}…)
 * and its marketplace product:
 * <ol>
 *   <li>the printings in the row's language when the catalogue has the card in it, else in the
 *       card's main language (the set's; the language is then not a reason to refuse the row);</li>
 *   <li>the print run the hint names ({@code 1st_edition}, {@code shadowless}), else the unlimited
 *       one when there is one;</li>
 *   <li>the finish the hint names ({@code reverse} → reverse holofoil; {@code holo}, {@code foil},
 *       {@code etched} → holofoil, or any foil finish when the hint also names a pattern, as in
 *       {@code cosmos_holo}; {@code normal} → normal); other words of the hint must name a foil
 *       pattern, stamp, size or label; without such words the plain variant (no pattern, stamp,
 *       size or label) is preferred;</li>
 *   <li>among what is left, the variants carrying the row's marketplace product id.</li>
 * </ol>
 * One variant left is the answer. A hint that names what the card does not have refuses the row
 * (the file says something the catalogue contradicts; the reason lists what there is). With no
 * hint and several variants left, the entry records the card without a variant rather than guess.
 */
final class VariantChooser {

    private static final Set<String> FIRST_EDITION_WORDS = Set.of("1st", "first", "edition");
    private static final Set<String> REVERSE_WORDS = Set.of("reverse");
    private static final Set<String> HOLO_WORDS = Set.of("holo", "holofoil", "foil", "etched");
    private static final Set<String> NORMAL_WORDS = Set.of("normal", "nonfoil", "unlimited");
    private static final String SHADOWLESS = "shadowless";

    private VariantChooser() {
    }

    static CardMatch choose(CardDetails card, Optional<String> hint, Optional<Language> language,
                            Optional<MarketplaceProduct> product) {
        if (card.printings().isEmpty()) {
            return new CardMatch.Found(card, Optional.empty());
        }
        String mainLanguage = card.printings().get(0).language();
        String wantedLanguage = language.map(Language::code)
                .filter(code -> card.printings().stream().anyMatch(printing -> printing.language().equals(code)))
                .orElse(mainLanguage);
        List<PrintingDetails> inLanguage = card.printings().stream()
                .filter(printing -> printing.language().equals(wantedLanguage)).toList();

        List<String> words = hint.map(text -> Arrays.asList(text.split("_"))).orElse(List.of());
        Optional<PrintRun> namedRun = words.contains("1st") || words.contains("first") ? Optional.of(PrintRun.FIRST_EDITION)
                : words.contains(SHADOWLESS) ? Optional.of(PrintRun.SHADOWLESS) : Optional.empty();
        List<PrintingDetails> ofRun = inLanguage.stream()
                .filter(printing -> printing.printRun().equals(namedRun.orElse(PrintRun.UNLIMITED).code())).toList();
        if (ofRun.isEmpty() && namedRun.isPresent()) {
            return refused(card, "has no " + namedRun.get().code().replace('_', ' ') + " printing in " + wantedLanguage
                    + " (it has: " + describePrintings(inLanguage) + ")");
        }
        List<VariantDetails> variants = (ofRun.isEmpty() ? inLanguage : ofRun).stream()
                .flatMap(printing -> printing.variants().stream()).toList();

        Optional<String> finish = words.stream().anyMatch(REVERSE_WORDS::contains) ? Optional.of("reverse_holofoil")
                : words.stream().anyMatch(HOLO_WORDS::contains) ? Optional.of("holofoil")
                : words.stream().anyMatch(word -> word.equals("normal") || word.equals("nonfoil")) ? Optional.of("normal")
                : Optional.empty();
        List<String> marks = words.stream().filter(word -> !FIRST_EDITION_WORDS.contains(word) && !REVERSE_WORDS.contains(word)
                && !HOLO_WORDS.contains(word) && !NORMAL_WORDS.contains(word) && !word.equals(SHADOWLESS)).toList();
        if (finish.isPresent()) {
            // "cosmos holo" names a foil pattern that comes on holo and reverse holo cards alike: any foil finish will do
            boolean anyFoil = !marks.isEmpty() && finish.get().equals("holofoil");
            List<VariantDetails> ofFinish = variants.stream().filter(variant -> variant.finish().equals(finish.get())
                    || (anyFoil && variant.finish().equals("reverse_holofoil"))).toList();
            if (ofFinish.isEmpty()) {
                return refused(card, "has no " + finish.get().replace('_', ' ') + " variant" + runText(namedRun)
                        + " (it has: " + describe(variants) + ")");
            }
            variants = ofFinish;
        }
        if (!marks.isEmpty()) {
            List<VariantDetails> marked = variants.stream().filter(variant -> marks.stream().allMatch(mark -> carries(variant, mark)))
                    .toList();
            if (marked.isEmpty()) {
                return refused(card, "has no variant marked " + String.join(" ", marks) + runText(namedRun)
                        + " (it has: " + describe(variants) + ")");
            }
            variants = marked;
        } else {
            List<VariantDetails> plain = variants.stream().filter(VariantChooser::isPlain).toList();
            variants = plain.isEmpty() ? variants : plain;
        }
        if (product.isPresent()) {
            List<VariantDetails> carrying = variants.stream().filter(variant -> carriesProduct(variant, product.get())).toList();
            variants = carrying.isEmpty() ? variants : carrying;
        }
        if (variants.size() == 1) {
            return new CardMatch.Found(card, Optional.of(variants.get(0)));
        }
        if (hint.isEmpty()) {
            return new CardMatch.Found(card, Optional.empty());
        }
        return refused(card, "has several variants that fit \"" + hint.get() + "\" (" + describe(variants)
                + "); name the finish and pattern more exactly");
    }

    private static boolean isPlain(VariantDetails variant) {
        return variant.foilPattern() == null && variant.stamps().isEmpty() && variant.size() == null
                && Variant.STANDARD_LABEL.equals(variant.label());
    }

    private static boolean carries(VariantDetails variant, String mark) {
        return mark.equals(variant.foilPattern()) || mark.equals(variant.size())
                || variant.stamps().stream().anyMatch(stamp -> MatchText.key(stamp).equals(MatchText.key(mark)))
                || (variant.label() != null && MatchText.key(variant.label()).contains(MatchText.key(mark)));
    }

    private static boolean carriesProduct(VariantDetails variant, MarketplaceProduct product) {
        Long carried = product.marketplace() == MarketplaceProduct.Marketplace.TCGPLAYER
                ? variant.crossReferences().tcgplayerProductId() : variant.crossReferences().cardmarketProductId();
        return carried != null && carried == product.productId();
    }

    private static String runText(Optional<PrintRun> run) {
        return run.map(printRun -> " in the " + printRun.code().replace('_', ' ') + " print run").orElse("");
    }

    private static String describePrintings(List<PrintingDetails> printings) {
        return printings.stream().map(printing -> printing.printRun().replace('_', ' ')).distinct().collect(Collectors.joining(", "));
    }

    /** The variants as a collector reads them: "holofoil", "reverse holofoil cosmos", "normal jumbo". */
    static String describe(List<VariantDetails> variants) {
        return variants.stream().map(VariantChooser::describe).distinct().collect(Collectors.joining(", "));
    }

    private static String describe(VariantDetails variant) {
        List<String> parts = new ArrayList<>();
        parts.add(variant.finish().replace('_', ' '));
        if (variant.foilPattern() != null) {
            parts.add(variant.foilPattern());
        }
        parts.addAll(variant.stamps());
        if (variant.size() != null) {
            parts.add(variant.size());
        }
        if (variant.label() != null && !Variant.STANDARD_LABEL.equals(variant.label())) {
            parts.add(variant.label());
        }
        return String.join(" ", parts);
    }

    private static CardMatch refused(CardDetails card, String why) {
        return new CardMatch.Refused(card.card().name() + " (" + card.card().setName() + " " + card.card().collectorNumber()
                + ") " + why);
    }
}
