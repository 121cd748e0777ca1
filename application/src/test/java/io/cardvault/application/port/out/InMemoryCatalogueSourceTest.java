package io.cardvault.application.port.out;

import io.cardvault.application.port.out.catalogue.SourceRow;
import io.cardvault.domain.catalogue.Card;
import io.cardvault.domain.catalogue.CardFacts;
import io.cardvault.domain.catalogue.CardSet;
import io.cardvault.domain.catalogue.CrossReferences;
import io.cardvault.domain.catalogue.Finish;
import io.cardvault.domain.catalogue.Language;
import io.cardvault.domain.catalogue.LocalizedNames;
import io.cardvault.domain.catalogue.PrintRun;
import io.cardvault.domain.catalogue.Printing;
import io.cardvault.domain.catalogue.SetKey;
import io.cardvault.domain.catalogue.Variant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The fake obeys the same contract as the tcgdex reader. */
class InMemoryCatalogueSourceTest extends ReadCatalogueSourcePortContract {

    private static final CardSet BASE = new CardSet(new SetKey("tcgdex", "base1"), "BS",
            LocalizedNames.of(Language.ENGLISH, "Base Set"), "Base", LocalDate.of(1999, 1, 9), 102, Language.ENGLISH, null,
            false, null);

    @Override
    protected ReadCatalogueSourcePort source() {
        Card charizard = Card.catalogue("base1-4", BASE.numberFor("4"),
                new LocalizedNames(Map.of(Language.ENGLISH, "Charizard", Language.of("de"), "Glurak")),
                new CardFacts("Pokemon", "Rare", 120, List.of("Fire"), "Stage2", null, List.of(6), null), CrossReferences.none(),
                List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(Variant.plain(Finish.HOLOFOIL)))));
        Card blastoise = Card.catalogue("base1-2", BASE.numberFor("2"), LocalizedNames.of(Language.ENGLISH, "Blastoise"),
                CardFacts.unknown(), CrossReferences.none(),
                List.of(new Printing(Language.ENGLISH, PrintRun.UNLIMITED, List.of(Variant.plain(Finish.HOLOFOIL)))));
        return new InMemoryCatalogueSource().with(fixtureSource(), "pokemon", List.of(BASE), List.of(
                new SourceRow.Parsed("base1", charizard), new SourceRow.Unreadable("line 2", "a card needs a name"),
                new SourceRow.Parsed("base1", blastoise)));
    }

    @Override
    protected String fixtureSource() {
        return "tcgdex-mini";
    }
}
