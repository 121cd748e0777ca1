package io.cardvault.adapter.out.sources.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.InMemoryCatalogueSource;
import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CollectorNumber;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.SetKey;
import io.cardvault.domain.catalogue.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueDumpsTest {

    private final InMemoryCatalogueSource magic = new InMemoryCatalogueSource().with("mtgjson", "mtg",
            List.of(set("LEA"), set("NEO")),
            List.of(row("LEA", "lotus"), row("NEO", "kaito"), new SourceRow.Unreadable("line 3", "not JSON")));
    private final InMemoryCatalogueSource fab = new InMemoryCatalogueSource().with("fab", "flesh-and-blood",
            List.of(set("WTR")), List.of(row("WTR", "WTR159:enlightened-strike-red")));

    @Test
    void givenSeveralFormats_open_asksEachUntilOneKnowsTheName() {
        CatalogueDumps dumps = new CatalogueDumps(List.of(magic, fab), SetFilter.parse("none"));

        try (CatalogueFeed feed = dumps.open("fab").orElseThrow()) {
            assertThat(feed.gameSlug()).isEqualTo("flesh-and-blood");
        }
        assertThat(dumps.open("ygojson")).isEmpty();
    }

    @Test
    void givenASetFilterForTheSource_open_showsOnlyThoseSetsAndTheirRowsAndStillReportsBadRows() {
        CatalogueDumps dumps = new CatalogueDumps(List.of(magic, fab), SetFilter.parse("mtgjson: LEA ; fab:XXX"));

        try (CatalogueFeed feed = dumps.open("mtgjson").orElseThrow()) {
            assertThat(feed.sets()).extracting(set -> set.key().externalId()).containsExactly("LEA");
            assertThat(feed.rows().map(SourceRow::rowId)).containsExactly("lotus", "line 3");
        }
    }

    @Test
    void givenNoFilterForTheSource_open_showsItWhole() {
        CatalogueDumps dumps = new CatalogueDumps(List.of(magic, fab), SetFilter.parse("fab:WTR"));

        try (CatalogueFeed feed = dumps.open("mtgjson").orElseThrow()) {
            assertThat(feed.sets()).hasSize(2);
        }
    }

    @Test
    void givenAFilterEntryWithoutSets_parse_refusesNamingTheEntry() {
        assertThatThrownBy(() -> SetFilter.parse("mtgjson:LEA;fab"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fab'");
        assertThatThrownBy(() -> SetFilter.parse(":LEA")).isInstanceOf(IllegalArgumentException.class);
        assertThat(SetFilter.parse("").setsOf("mtgjson")).isEmpty();
        assertThat(SetFilter.parse("mtgjson:LEA,2XM").setsOf("mtgjson")).containsExactlyInAnyOrder("LEA", "2XM");
    }

    private static CardSet set(String id) {
        return new CardSet(new SetKey("test", id), id, LocalizedNames.of(Language.ENGLISH, id), null, null, null,
                Language.ENGLISH, null, false, null);
    }

    private static SourceRow row(String set, String id) {
        return new SourceRow.Parsed(set, Card.catalogue(id, CollectorNumber.bare("1"), LocalizedNames.of(Language.ENGLISH, id),
                null, null, List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(Variant.plain(Finish.NORMAL))))));
    }
}
