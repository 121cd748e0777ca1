package io.cardvault.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionEntryTest {

    private static final AccountId ASH = new AccountId(1);
    private static final CardId CHARIZARD = new CardId(891);
    private static final Instant ADDED = Instant.parse("2026-12-01T10:00:00Z");

    private static CollectionEntry entry(int quantity, CardCondition condition, Optional<Grading> grading) {
        return CollectionEntry.reconstitute(new CollectionEntryId(132), ASH, CHARIZARD, Optional.of(new VariantId(7)),
                quantity, condition, Optional.of(Money.of("300", "USD")), grading, ADDED);
    }

    @Test
    void givenQuantityOutsideOneToTheCap_construction_isRefusedNamingTheField() {
        assertThatThrownBy(() -> entry(0, CardCondition.NM, Optional.empty()))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
        assertThatThrownBy(() -> entry(CollectionEntry.MAX_QUANTITY + 1, CardCondition.NM, Optional.empty()))
                .isInstanceOf(InvalidCollectionDataException.class);
        assertThat(entry(CollectionEntry.MAX_QUANTITY, CardCondition.NM, Optional.empty()).quantity()).isEqualTo(9_999);
    }

    @Test
    void givenNegativePricePaid_add_isRefused() {
        assertThatThrownBy(() -> CollectionEntry.add(ASH, CHARIZARD, Optional.empty(), 1, CardCondition.NM,
                Optional.of(Money.of("-1", "EUR")), Optional.empty(), ADDED))
                .isInstanceOfSatisfying(InvalidCollectionDataException.class, e -> assertThat(e.field()).isEqualTo("price_paid"));
    }

    @Test
    void givenAmendmentOfQuantityOnly_amend_keepsEverythingElseAndTheId() {
        CollectionEntry before = entry(2, CardCondition.LP, Optional.empty());
        CollectionEntry after = before.amend(new CollectionAmendment(Optional.of(5), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));
        assertThat(after.quantity()).isEqualTo(5);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.condition()).isEqualTo(CardCondition.LP);
        assertThat(after.pricePaid()).contains(Money.of("300", "USD"));
        assertThat(after.variant()).contains(new VariantId(7));
    }

    @Test
    void givenAmendmentClearingPriceAndGrading_amend_removesThem() {
        CollectionEntry slab = entry(1, CardCondition.NM, Optional.of(Grading.of(GradingCompany.PSA, "10")));
        CollectionEntry raw = slab.amend(new CollectionAmendment(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Optional.empty()), Optional.of(Optional.empty())));
        assertThat(raw.pricePaid()).isEmpty();
        assertThat(raw.isGraded()).isFalse();
    }

    @Test
    void givenSameCardVariantConditionAndSlab_mergedWith_addsCopiesAndKeepsTheFirstPrice() {
        CollectionEntry held = entry(2, CardCondition.NM, Optional.empty());
        CollectionEntry imported = CollectionEntry.add(ASH, CHARIZARD, Optional.of(new VariantId(7)), 3, CardCondition.NM,
                Optional.of(Money.of("280", "EUR")), Optional.empty(), ADDED.plusSeconds(60));
        assertThat(held.sameHolding(imported)).isTrue();
        CollectionEntry merged = held.mergedWith(imported);
        assertThat(merged.quantity()).isEqualTo(5);
        assertThat(merged.pricePaid()).contains(Money.of("300", "USD"));
        assertThat(merged.id()).isEqualTo(held.id());
    }

    @Test
    void givenOtherConditionOrGrade_sameHolding_isFalseAndMergeIsRefused() {
        CollectionEntry nearMint = entry(1, CardCondition.NM, Optional.empty());
        CollectionEntry played = entry(1, CardCondition.MP, Optional.empty());
        CollectionEntry slab = entry(1, CardCondition.NM, Optional.of(Grading.of(GradingCompany.BGS, "9.5")));
        assertThat(nearMint.sameHolding(played)).isFalse();
        assertThat(nearMint.sameHolding(slab)).isFalse();
        assertThatThrownBy(() -> nearMint.mergedWith(played)).isInstanceOf(InvalidCollectionDataException.class);
    }

    @Test
    void givenMergeBeyondTheCap_mergedWith_stopsAtTheCap() {
        CollectionEntry many = entry(CollectionEntry.MAX_QUANTITY - 1, CardCondition.NM, Optional.empty());
        assertThat(many.mergedWith(entry(5, CardCondition.NM, Optional.empty())).quantity()).isEqualTo(CollectionEntry.MAX_QUANTITY);
    }

    @Test
    void conditions_parseCodesAndLabelsAndRefuseTheRest() {
        assertThat(CardCondition.parse("nm")).isEqualTo(CardCondition.NM);
        assertThat(CardCondition.parse(" Lightly Played ")).isEqualTo(CardCondition.LP);
        assertThat(CardCondition.parse("DMG")).isEqualTo(CardCondition.DMG);
        assertThatThrownBy(() -> CardCondition.parse("mint")).isInstanceOf(InvalidCollectionDataException.class)
                .hasMessageContaining("NM, LP, MP, HP, DMG");
        assertThatThrownBy(() -> CardCondition.parse(" ")).isInstanceOf(InvalidCollectionDataException.class);
    }
}
