package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.application.port.out.catalogue.CatalogueFeed;
import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.Language;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ReadCatalogueSourcePort}: every implementation (the in-memory fake, the
 * tcgdex reader) must pass it on a small fixture holding Base Set ({@code base1}) with Base Set
 * Charizard ({@code base1-4}, named Glurak in German, 4/102, 120 HP) and one row that breaks a
 * rule of the catalogue.
 */
public abstract class ReadCatalogueSourcePortContract {

    /** A reader configured with the fixture under {@link #fixtureSource()}. */
    protected abstract ReadCatalogueSourcePort source();

    protected abstract String fixtureSource();

    @Test
    void givenAnUnconfiguredName_open_isEmpty() {
        assertThat(source().open("tcgdex-nowhere")).isEmpty();
        assertThat(source().open("../" + fixtureSource())).isEmpty();
    }

    @Test
    void givenTheFixture_open_describesItsGameAndSets() {
        try (CatalogueFeed feed = source().open(fixtureSource()).orElseThrow()) {
            assertThat(feed.gameSlug()).isEqualTo("pokemon");
            CardSet base = feed.sets().stream().filter(set -> set.key().externalId().equals("base1")).findFirst().orElseThrow();
            assertThat(base.displayName()).isEqualTo("Base Set");
            assertThat(base.officialCount()).isEqualTo(102);
            assertThat(base.language()).isEqualTo(Language.ENGLISH);
        }
    }

    @Test
    void givenTheFixture_rows_readCardsNamingTheirSetAndReportBrokenRowsWithoutStopping() {
        try (CatalogueFeed feed = source().open(fixtureSource()).orElseThrow()) {
            Set<String> setIds = feed.sets().stream().map(set -> set.key().externalId()).collect(Collectors.toSet());
            List<SourceRow> rows = feed.rows().toList();

            List<SourceRow.Parsed> parsed = rows.stream().filter(SourceRow.Parsed.class::isInstance)
                    .map(SourceRow.Parsed.class::cast).toList();
            assertThat(parsed).extracting(SourceRow.Parsed::setExternalId).allMatch(setIds::contains);
            Card charizard = parsed.stream().map(SourceRow.Parsed::card).filter(card -> card.externalId().equals("base1-4"))
                    .findFirst().orElseThrow();
            assertThat(charizard.number().printed()).isEqualTo("4/102");
            assertThat(charizard.nameIn(Language.of("de"))).contains("Glurak");
            assertThat(charizard.facts().hp()).isEqualTo(120);
            assertThat(charizard.printings()).isNotEmpty();
            assertThat(rows).filteredOn(SourceRow.Unreadable.class::isInstance).singleElement()
                    .satisfies(row -> assertThat(((SourceRow.Unreadable) row).reason()).isNotBlank());
            assertThat(rows.get(rows.size() - 1)).as("a broken row does not end the feed").isInstanceOf(SourceRow.Parsed.class);
        }
    }

    @Test
    void givenAFeed_rows_canBeReadOnlyOnce() {
        try (CatalogueFeed feed = source().open(fixtureSource()).orElseThrow()) {
            feed.rows().count();

            assertThatThrownBy(feed::rows).isInstanceOf(IllegalStateException.class);
        }
    }
}
