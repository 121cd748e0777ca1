package io.cardvault.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VariantTest {

    @Test
    void givenPlainFinish_key_isTheFinishCode() {
        assertThat(Variant.plain(Finish.REVERSE_HOLOFOIL).key()).isEqualTo("reverse_holofoil");
        assertThat(Variant.plain(Finish.HOLOFOIL).label()).isEqualTo(Variant.STANDARD_LABEL);
    }

    @Test
    void givenStampsInAnyOrderAndSpelling_key_isCanonical() {
        Variant one = Variant.of(Finish.NORMAL, null, List.of(Stamp.of("Staff"), Stamp.of("pre release")), null, null, null);
        Variant two = Variant.of(Finish.NORMAL, null, List.of(Stamp.of("pre-release"), Stamp.of("staff")), null, null, null);
        assertThat(one.key()).isEqualTo("normal|stamp:pre-release,staff").isEqualTo(two.key());
    }

    @Test
    void givenPatternSizeAndLabel_key_namesEachPart() {
        Variant variant = Variant.of(Finish.HOLOFOIL, "Cosmos", List.of(), "jumbo", "1999-2000-copyright", null);
        assertThat(variant.key()).isEqualTo("holofoil|foil:cosmos|size:jumbo|label:1999-2000-copyright");
    }

    @Test
    void givenFirstEditionStamp_create_isRejectedBecauseItIsAPrintRun() {
        assertThatThrownBy(() -> Variant.of(Finish.HOLOFOIL, null, List.of(Stamp.of("1st Edition")), null, null, null))
                .isInstanceOf(InvalidCatalogueDataException.class);
    }

    @Test
    void givenSameVariantTwiceWithDifferentIds_printing_mergesThemKeepingEveryId() {
        Variant cardmarket = Variant.plain(Finish.NORMAL).withCrossReferences(CrossReferences.marketplaces(273699L, null));
        Variant tcgplayer = Variant.plain(Finish.NORMAL).withCrossReferences(CrossReferences.marketplaces(1L, 42382L));

        Printing printing = new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(cardmarket, tcgplayer));

        assertThat(printing.variants()).singleElement()
                .extracting(Variant::crossReferences)
                .isEqualTo(CrossReferences.marketplaces(273699L, 42382L));
    }
}
