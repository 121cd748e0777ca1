package io.cardvault.application.service.collection;

import static io.cardvault.application.port.out.CatalogueFixtures.POKEMON;
import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.collection.CardReference;
import io.cardvault.application.port.in.collection.CollectionImportResult;
import io.cardvault.application.port.in.collection.CollectionImportRow;
import io.cardvault.application.port.in.collection.ImportCollectionCommand;
import io.cardvault.application.port.in.collection.ImportedLine;
import io.cardvault.application.port.in.collection.MarketplaceProduct;
import io.cardvault.application.port.in.collection.MergedLine;
import io.cardvault.application.port.in.collection.RejectedLine;
import io.cardvault.application.port.in.collection.SetHint;
import io.cardvault.application.port.out.CatalogueFixtures;
import io.cardvault.application.port.out.FreshIds;
import io.cardvault.application.port.out.InMemoryCatalogueViews;
import io.cardvault.application.port.out.InMemoryCollectionStore;
import io.cardvault.application.port.out.InMemoryImportCandidates;
import io.cardvault.application.port.out.catalogue.StoredSet;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardFacts;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.Variant;
import io.cardvault.domain.catalogue.VariantDetails;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportCollectionServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");

    private final FreshIds ids = new FreshIds();
    private final InMemoryCatalogueViews views = new InMemoryCatalogueViews(CatalogueFixtures.POKEMON, CatalogueFixtures.MTG);
    private final InMemoryImportCandidates catalogue = new InMemoryImportCandidates(views);
    private final InMemoryCollectionStore collection = new InMemoryCollectionStore();
    private final ImportCollectionService service = new ImportCollectionService(catalogue, collection,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final AccountId owner = ids.account();

    private CardSet baseSet;
    private StoredSet base;
    private CardSet promoSet;
    private StoredSet promos;

    @BeforeEach
    void catalogue() {
        baseSet = CatalogueFixtures.baseSet();
        base = catalogue.store(POKEMON, baseSet, CatalogueFixtures.evolutionLine(baseSet));
        promoSet = CatalogueFixtures.baseSet();
        promos = catalogue.store(POKEMON, promoSet, List.of(pikachu(promoSet, "58"), pikachu(promoSet, "60")));
    }

    /** A Pikachu with a normal, a reverse holo and a cosmos reverse holo variant, the reverse ones sharing TCGplayer's product. */
    private static Card pikachu(CardSet set, String number) {
        CrossReferences product = CrossReferences.marketplaces(null, 517_033L + Long.parseLong(number));
        return Card.catalogue(set.key().externalId() + "-" + number, set.numberFor(number), LocalizedNames.of(Language.ENGLISH, "Pikachu"),
                new CardFacts("Pokemon", "Common", 40, List.of("Lightning"), "Basic", null, List.of(25), "Atsuko Nishida"),
                CrossReferences.none(),
                List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(
                        Variant.plain(Finish.NORMAL).withCrossReferences(product),
                        Variant.plain(Finish.REVERSE_HOLOFOIL).withCrossReferences(product),
                        Variant.of(Finish.REVERSE_HOLOFOIL, "cosmos", null, null, null, CrossReferences.none())))));
    }

    private CardId card(StoredSet set, CardSet of, String number) {
        return set.cardIds().get(of.key().externalId() + "-" + number);
    }

    private CardDetails details(CardId card) {
        return views.card(card).orElseThrow();
    }

    private VariantId variant(CardId card, String language, String printRun, String finish, String pattern) {
        VariantDetails found = details(card).printings().stream()
                .filter(printing -> printing.language().equals(language) && printing.printRun().equals(printRun))
                .flatMap(printing -> printing.variants().stream())
                .filter(variant -> variant.finish().equals(finish) && java.util.Objects.equals(variant.foilPattern(), pattern))
                .findFirst().orElseThrow();
        return new VariantId(found.id());
    }

    private static CollectionImportRow row(int line, CardReference reference) {
        return row(line, reference, Optional.empty(), Optional.empty(), Optional.empty(), 1, CardCondition.NM);
    }

    private static CollectionImportRow row(int line, CardReference reference, Optional<String> hint, Optional<Language> language,
                                           Optional<MarketplaceProduct> product, int quantity, CardCondition condition) {
        return new CollectionImportRow(line, reference, product, quantity, condition, hint, Optional.empty(), Optional.empty(),
                language);
    }

    private static CardReference number(String set, String number, String name) {
        return new CardReference.BySetAndNumber(SetHint.of(set, set), number, Optional.ofNullable(name), Optional.empty());
    }

    private static CardReference named(String name, String set) {
        return new CardReference.ByNameAndSet(name, SetHint.name(set), Optional.empty());
    }

    private CollectionImportResult importing(CollectionImportRow... rows) {
        return service.importRows(new ImportCollectionCommand(owner, List.of(rows), List.of()));
    }

    private static List<String> reasons(CollectionImportResult result) {
        return result.rejected().stream().map(RejectedLine::reason).toList();
    }

    @Test
    void rows_naming_a_set_and_number_or_a_name_in_a_set_become_entries_of_the_matched_card_and_variant() {
        CardId charizard = card(base, baseSet, "4");
        CardId charmander = card(base, baseSet, "46");

        CollectionImportResult result = importing(
                row(2, number(baseSet.code(), "004/102", "Charizard"), Optional.of("holo"), Optional.empty(), Optional.empty(), 2,
                        CardCondition.LP),
                row(3, named("CHARMANDER", baseSet.displayName())));

        assertThat(result.rejected()).isEmpty();
        assertThat(result.imported()).extracting(ImportedLine::line, ImportedLine::card, ImportedLine::cardName, ImportedLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, charizard, "Charizard", 2),
                        org.assertj.core.groups.Tuple.tuple(3, charmander, "Charmander", 1));
        assertThat(result.imported().get(0).variant()).contains(variant(charizard, "en", "unlimited", "holofoil", null));
        assertThat(result.imported().get(0).setName()).isEqualTo(baseSet.displayName());
        assertThat(result.imported().get(1).variant()).isPresent();
        List<CollectionEntry> stored = collection.findAllByOwner(owner);
        assertThat(stored).extracting(CollectionEntry::card).containsExactly(charizard, charmander);
        assertThat(stored.get(0).quantity()).isEqualTo(2);
        assertThat(stored.get(0).condition()).isEqualTo(CardCondition.LP);
        assertThat(stored.get(0).addedAt()).isEqualTo(NOW);
        assertThat(result.imported().get(0).entry()).isEqualTo(stored.get(0).id().orElseThrow());
        assertThat(result.importedCount()).isEqualTo(2);
        assertThat(result.copiesAdded()).isEqualTo(3);
    }

    @Test
    void a_card_id_names_its_card_and_an_unknown_id_is_refused_with_its_line() {
        CardId charmeleon = card(base, baseSet, "24");

        CollectionImportResult result = importing(row(2, new CardReference.ByCardId(charmeleon)),
                row(5, new CardReference.ByCardId(new CardId(987_654_321L))));

        assertThat(result.imported()).extracting(ImportedLine::card).containsExactly(charmeleon);
        assertThat(result.rejected()).containsExactly(new RejectedLine(5, "no card has the id 987654321"));
    }

    @Test
    void a_marketplace_product_one_card_carries_finds_it_whatever_the_set_says_and_narrows_its_variants() {
        CardId pikachu58 = card(promos, promoSet, "58");

        CollectionImportResult result = importing(row(2, number("Some TCGplayer name", "58", "Pikachu"), Optional.empty(),
                Optional.empty(), Optional.of(new MarketplaceProduct(MarketplaceProduct.Marketplace.TCGPLAYER, 517_091L)), 1,
                CardCondition.NM), row(3, number("Some TCGplayer name", "60", "Pikachu"), Optional.of("reverse_holo"),
                Optional.empty(), Optional.of(new MarketplaceProduct(MarketplaceProduct.Marketplace.TCGPLAYER, 517_091L)), 1,
                CardCondition.NM));

        assertThat(result.rejected()).isEmpty();
        assertThat(result.imported()).extracting(ImportedLine::card).containsExactly(pikachu58, pikachu58);
        // without a hint, the product's two variants (normal, reverse) stay open: the card is owned, its variant unknown
        assertThat(result.imported().get(0).variant()).isEmpty();
        assertThat(result.imported().get(1).variant()).contains(variant(pikachu58, "en", "unlimited", "reverse_holofoil", null));
    }

    @Test
    void the_variant_hint_chooses_print_run_finish_and_pattern_and_the_language_its_printing_when_the_catalogue_has_it() {
        CardId charizard = card(base, baseSet, "4");
        CardId pikachu = card(promos, promoSet, "60");

        CollectionImportResult result = importing(
                row(2, number(baseSet.code(), "4", null), Optional.of("1st_edition_holo"), Optional.empty(), Optional.empty(), 1,
                        CardCondition.NM),
                row(3, number(baseSet.code(), "4", null), Optional.of("holo"), Optional.of(Language.of("de")), Optional.empty(), 1,
                        CardCondition.NM),
                row(4, number(baseSet.code(), "4", null), Optional.of("holo"), Optional.of(Language.JAPANESE), Optional.empty(), 1,
                        CardCondition.NM),
                row(5, number(promoSet.code(), "60", null), Optional.of("cosmos_holo"), Optional.empty(), Optional.empty(), 1,
                        CardCondition.NM),
                row(6, number(promoSet.code(), "60", null), Optional.of("reverse_holo"), Optional.empty(), Optional.empty(), 1,
                        CardCondition.NM),
                row(7, number(promoSet.code(), "60", null), Optional.empty(), Optional.empty(), Optional.empty(), 1,
                        CardCondition.NM));

        assertThat(result.rejected()).isEmpty();
        assertThat(result.imported()).extracting(ImportedLine::variant).containsExactly(
                Optional.of(variant(charizard, "en", "1st_edition", "holofoil", null)),
                Optional.of(variant(charizard, "de", "unlimited", "holofoil", null)),
                Optional.of(variant(charizard, "en", "unlimited", "holofoil", null)),
                Optional.of(variant(pikachu, "en", "unlimited", "reverse_holofoil", "cosmos")),
                Optional.of(variant(pikachu, "en", "unlimited", "reverse_holofoil", null)),
                Optional.empty());
    }

    @Test
    void a_hint_the_card_contradicts_is_refused_naming_the_variants_it_has() {
        CollectionImportResult result = importing(
                row(2, number(baseSet.code(), "4", null), Optional.of("reverse_holo"), Optional.empty(), Optional.empty(), 1,
                        CardCondition.NM),
                row(3, number(baseSet.code(), "24", null), Optional.of("shadowless"), Optional.empty(), Optional.empty(), 1,
                        CardCondition.NM));

        assertThat(result.imported()).isEmpty();
        assertThat(result.rejected()).extracting(RejectedLine::line).containsExactly(2, 3);
        assertThat(reasons(result).get(0)).startsWith("Charizard (").contains("has no reverse holofoil variant", "it has: holofoil");
        assertThat(reasons(result).get(1)).contains("Charmeleon", "has no shadowless printing in en");
        assertThat(collection.findAllByOwner(owner)).isEmpty();
    }

    @Test
    void a_name_that_disagrees_with_the_numbered_card_is_refused_and_a_number_no_card_has_falls_back_to_the_name() {
        CollectionImportResult result = importing(row(2, number(baseSet.code(), "4/102", "Blastoise")),
                row(3, number(baseSet.code(), "999", "Charmeleon")),
                row(4, number(baseSet.code(), "998", null)));

        assertThat(result.imported()).extracting(ImportedLine::line, ImportedLine::cardName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Charmeleon"));
        assertThat(reasons(result)).containsExactly(
                "number 4/102 of " + baseSet.code() + " is Charizard, not Blastoise",
                "no card numbered 998 in " + baseSet.code());
    }

    @Test
    void a_name_twice_in_a_set_is_refused_as_ambiguous_and_an_unknown_set_or_game_as_such() {
        CollectionImportResult result = importing(row(2, named("Pikachu", promoSet.displayName())),
                row(3, named("Pikachu", "No Such Set")),
                row(4, new CardReference.ByNameAndSet("Charizard", SetHint.code(baseSet.code()), Optional.of("mtg"))));

        assertThat(result.imported()).isEmpty();
        assertThat(reasons(result).get(0)).startsWith("the row fits 2 cards (Pikachu, ").contains("give the collector number");
        assertThat(reasons(result).get(1)).isEqualTo("no set No Such Set in the catalogue");
        assertThat(reasons(result).get(2)).isEqualTo("no set " + baseSet.code() + " in the catalogue for mtg");
    }

    @Test
    void set_names_match_in_any_language_without_case_accents_or_a_series_prefix() {
        String french = baseSet.names().in(CatalogueFixtures.FRENCH).orElseThrow();

        CollectionImportResult result = importing(row(2, named("Charizard", french.toUpperCase(java.util.Locale.ROOT))),
                row(3, named("Charmander", "SWSH07: " + baseSet.displayName())),
                row(4, named("Charmeleon (Shadowless)", baseSet.displayName())));

        assertThat(result.rejected()).isEmpty();
        assertThat(result.imported()).extracting(ImportedLine::cardName).containsExactly("Charizard", "Charmander", "Charmeleon");
    }

    @Test
    void a_holding_already_owned_or_brought_by_an_earlier_line_is_merged_not_duplicated() {
        CardId charmander = card(base, baseSet, "46");
        CardId charizard = card(base, baseSet, "4");
        VariantId holo = variant(charizard, "en", "unlimited", "holofoil", null);
        CollectionEntry owned = collection.add(CollectionEntry.add(owner, charizard, Optional.of(holo), 3, CardCondition.NM,
                Optional.of(Money.of("100.00", "USD")), Optional.empty(), NOW.minusSeconds(3600)));

        CollectionImportResult result = service.importRows(new ImportCollectionCommand(owner, List.of(
                row(2, number(baseSet.code(), "4", null), Optional.of("holo"), Optional.empty(), Optional.empty(), 1, CardCondition.NM),
                row(3, named("Charmander", baseSet.displayName())),
                row(4, number(baseSet.code(), "46", null), Optional.empty(), Optional.empty(), Optional.empty(), 2, CardCondition.NM),
                row(5, number(baseSet.code(), "46", null), Optional.empty(), Optional.empty(), Optional.empty(), 1, CardCondition.HP),
                row(6, number(baseSet.code(), "4", null), Optional.of("holo"), Optional.empty(), Optional.empty(), 1, CardCondition.NM)),
                List.of()));

        assertThat(result.imported()).extracting(ImportedLine::line).containsExactly(3, 5);
        assertThat(result.merged()).extracting(merge -> merge.row().line(), MergedLine::earlierLine, MergedLine::holdingQuantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, OptionalInt.empty(), 4),
                        org.assertj.core.groups.Tuple.tuple(4, OptionalInt.of(3), 3),
                        org.assertj.core.groups.Tuple.tuple(6, OptionalInt.of(2), 5));
        assertThat(result.merged().get(0).wasOwnedBefore()).isTrue();
        assertThat(result.merged().get(0).row().entry()).isEqualTo(owned.id().orElseThrow());
        List<CollectionEntry> stored = collection.findAllByOwner(owner);
        assertThat(stored).hasSize(3);
        assertThat(collection.findById(owned.id().orElseThrow()).orElseThrow().quantity()).isEqualTo(5);
        assertThat(collection.findById(owned.id().orElseThrow()).orElseThrow().pricePaid()).contains(Money.of("100.00", "USD"));
        Map<CardCondition, Integer> charmanders = new java.util.EnumMap<>(CardCondition.class);
        stored.stream().filter(entry -> entry.card().equals(charmander))
                .forEach(entry -> charmanders.put(entry.condition(), entry.quantity()));
        assertThat(charmanders).containsExactlyInAnyOrderEntriesOf(Map.of(CardCondition.NM, 3, CardCondition.HP, 1));
        assertThat(result.mergedCount()).isEqualTo(3);
        assertThat(result.copiesAdded()).isEqualTo(6);
    }

    @Test
    void a_slab_is_a_holding_of_its_own() {
        CollectionImportRow raw = row(2, number(baseSet.code(), "46", null));
        CollectionImportRow graded = new CollectionImportRow(3, number(baseSet.code(), "46", null), Optional.empty(), 1,
                CardCondition.NM, Optional.empty(), Optional.empty(), Optional.of(Grading.of(GradingCompany.PSA, "9")),
                Optional.empty());

        CollectionImportResult result = importing(raw, graded);

        assertThat(result.imported()).hasSize(2);
        assertThat(collection.findAllByOwner(owner)).extracting(CollectionEntry::isGraded).containsExactly(false, true);
    }

    @Test
    void lines_the_reader_refused_come_back_with_the_matchers_refusals_in_line_order_and_do_not_stop_the_good_rows() {
        CollectionImportResult result = service.importRows(new ImportCollectionCommand(owner,
                List.of(row(2, named("Nobody", baseSet.displayName())), row(4, named("Charmander", baseSet.displayName()))),
                List.of(new RejectedLine(3, "quantity is not a whole number: \"two\""))));

        assertThat(result.rejected()).extracting(RejectedLine::line).containsExactly(2, 3);
        assertThat(result.rejected().get(1).reason()).isEqualTo("quantity is not a whole number: \"two\"");
        assertThat(result.importedCount()).isEqualTo(1);
        assertThat(result.rejectedCount()).isEqualTo(2);
        assertThat(collection.findAllByOwner(owner)).hasSize(1);
    }

    @Test
    void a_file_with_no_readable_row_stores_nothing_and_reads_no_catalogue() {
        CollectionImportResult result = service.importRows(new ImportCollectionCommand(owner, List.of(),
                List.of(new RejectedLine(2, "the row names no set"))));

        assertThat(result.storedNothing()).isTrue();
        assertThat(result.rejected()).hasSize(1);
        assertThat(catalogue.candidateReads()).isZero();
    }

    @Test
    void many_rows_read_the_catalogue_once() {
        List<CollectionImportRow> rows = new ArrayList<>();
        for (int line = 2; line < 2_002; line++) {
            rows.add(row(line, number(baseSet.code(), List.of("4", "24", "46").get(line % 3), null), Optional.empty(),
                    Optional.empty(), Optional.empty(), 1, CardCondition.values()[line % 5]));
        }

        CollectionImportResult result = service.importRows(new ImportCollectionCommand(owner, rows, List.of()));

        assertThat(catalogue.candidateReads()).isEqualTo(1);
        assertThat(result.importedCount()).isEqualTo(15);
        assertThat(result.mergedCount()).isEqualTo(1_985);
        assertThat(collection.findAllByOwner(owner)).hasSize(15);
    }
}
