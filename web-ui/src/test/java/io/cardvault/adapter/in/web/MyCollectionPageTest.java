package io.cardvault.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.application.port.in.collection.AmendCollectionEntryCommand;
import io.cardvault.application.port.in.collection.CollectionEntryNotFoundException;
import io.cardvault.application.port.in.collection.CollectionItem;
import io.cardvault.application.port.in.collection.CollectionPage;
import io.cardvault.application.port.in.collection.CollectionQuery;
import io.cardvault.application.port.in.collection.CollectionSummary;
import io.cardvault.application.port.in.collection.PortfolioDay;
import io.cardvault.application.port.in.collection.PortfolioHistory;
import io.cardvault.application.port.in.collection.TopCard;
import io.cardvault.application.port.in.collection.ValueChange;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.account.EmailAddress;
import io.cardvault.domain.account.PasswordHash;
import io.cardvault.domain.account.Tier;
import io.cardvault.domain.account.Username;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.GameOverview;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.CollectionEntry;
import io.cardvault.domain.collection.CollectionEntryId;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The collection page's bean on use cases answered in memory: who may see it, how it filters and
 * pages the whole collection it reads, what it sums by set, and what an edit sends.
 */
class MyCollectionPageTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final AccountId OWNER = new AccountId(7);

    /** The request as the bean sees it: a signed-in account (or none), the URL's parameters, the redirect asked. */
    private static final class Request extends WebContext {

        private final Optional<Account> account;
        private final Map<String, String> parameters = new HashMap<>();
        private String redirectedTo = "";

        Request(Optional<Account> account) {
            this.account = account;
        }

        @Override
        Optional<Account> currentAccount() {
            return account;
        }

        @Override
        String parameter(String name) {
            return parameters.getOrDefault(name, "");
        }

        @Override
        int pageParameter() {
            return parameters.containsKey("page") ? Integer.parseInt(parameters.get("page")) : 1;
        }

        @Override
        public Locale getLocale() {
            return Locale.ENGLISH;
        }

        @Override
        public String getBase() {
            return "/en";
        }

        @Override
        void redirect(String page) {
            redirectedTo = page;
        }
    }

    private final List<CollectionItem> held = new ArrayList<>();
    private final List<AmendCollectionEntryCommand> amended = new ArrayList<>();
    private final List<CollectionEntryId> removed = new ArrayList<>();
    private final List<CollectionQuery> queries = new ArrayList<>();

    private static Account signedIn() {
        return Account.reconstitute(OWNER, new Username("collector"), new EmailAddress("collector@example.com"),
                new PasswordHash("$2a$10$abcdefghijklmnopqrstuv"), Tier.FREE, null, null, false, false, Instant.EPOCH, null);
    }

    private void hold(long id, String card, String set, String game, int quantity, String value) {
        CollectionEntry entry = CollectionEntry.reconstitute(new CollectionEntryId(id), OWNER, new CardId(100 + id), Optional.empty(),
                quantity, CardCondition.NM, Optional.empty(), Optional.empty(), Instant.parse("2026-12-01T10:00:00Z"));
        held.add(new CollectionItem(entry, card, set, game, Optional.of("holo"),
                value == null ? Optional.empty() : Optional.of(Money.of(value, "EUR")), Optional.empty()));
    }

    private MyCollectionPage page(Request request) {
        return new MyCollectionPage(
                query -> {
                    queries.add(query);
                    List<CollectionItem> page = held.subList(Math.min(held.size(), query.offset()),
                            Math.min(held.size(), query.offset() + query.limit()));
                    return new CollectionPage(page, held.size(), query.currency());
                },
                (owner, currency) -> new CollectionSummary(currency, Money.of("330.00", "EUR"), 5, 1,
                        Optional.of(new ValueChange(Money.of("30.00", "EUR"), Optional.of(new BigDecimal("10.00")))),
                        Optional.empty(), Map.of("pokemon", Money.of("300.00", "EUR"), "mtg", Money.of("30.00", "EUR")),
                        Optional.of(new TopCard(new CardId(101), "Charizard", Money.of("200.00", "EUR")))),
                (owner, currency, days) -> new PortfolioHistory(currency, List.of(
                        new PortfolioDay(LocalDate.of(2026, 12, 6), Money.of("300.00", "EUR"), 4),
                        new PortfolioDay(LocalDate.of(2026, 12, 7), Money.of("330.00", "EUR"), 4))),
                command -> {
                    amended.add(command);
                    return held.get(0);
                },
                (owner, entry) -> {
                    if (entry.value() == 999) {
                        throw new CollectionEntryNotFoundException();
                    }
                    removed.add(entry);
                },
                () -> List.of(new GameOverview(1, "pokemon", "Pokémon", null, null, true, Instant.EPOCH, null, null),
                        new GameOverview(2, "mtg", "Magic: The Gathering", null, null, true, Instant.EPOCH, null, null)),
                request);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in_and_nothing_is_read() {
        Request anonymous = new Request(Optional.empty());
        page(anonymous).load();
        assertThat(anonymous.redirectedTo).isEqualTo("/signin");
        assertThat(queries).isEmpty();
    }

    @Test
    void the_page_reads_the_whole_collection_in_largest_pages_then_filters_and_pages_it_itself() {
        for (int i = 1; i <= 230; i++) {
            hold(i, i % 2 == 0 ? "Charizard" : "Lightning Bolt", i % 2 == 0 ? "Base Set" : "Alpha", i % 2 == 0 ? "pokemon" : "mtg", 1, "1.00");
        }
        Request request = new Request(Optional.of(signedIn()));
        request.parameters.put("game", "pokemon");
        request.parameters.put("q", "base");
        request.parameters.put("page", "5");
        MyCollectionPage page = page(request);
        page.load();

        assertThat(queries).extracting(CollectionQuery::offset).containsExactly(0, 200);
        assertThat(queries).allSatisfy(query -> assertThat(query.limit()).isEqualTo(CollectionQuery.MAX_LIMIT));
        assertThat(page.getEntryCount()).isEqualTo(230);
        assertThat(page.getMatching()).isEqualTo(115);
        assertThat(page.getPager().getPage()).isEqualTo(5);
        assertThat(page.getPager().getPageCount()).isEqualTo(5);
        assertThat(page.getRows()).hasSize(115 - 4 * MyCollectionPage.PAGE_SIZE)
                .allSatisfy(row -> assertThat(row.getCardName()).isEqualTo("Charizard"));
        assertThat(page.getPager().getPreviousHref()).isEqualTo("/en/collection?game=pokemon&q=base&page=4");
        assertThat(page.getCountNote()).isEqualTo("115 of 230 entries");
    }

    @Test
    void the_figures_the_breakdowns_and_the_chart_come_from_the_use_cases_in_the_currency_shown() {
        hold(1, "Charizard", "Base Set", "pokemon", 1, "200.00");
        hold(2, "Blastoise", "Base Set", "pokemon", 2, "100.00");
        hold(3, "Lightning Bolt", "Alpha", "mtg", 1, "30.00");
        hold(4, "Pikachu", "Jungle", "pokemon", 1, null);
        MyCollectionPage page = page(new Request(Optional.of(signedIn())));
        page.load();

        assertThat(page.getSummary().getTotalValue()).isEqualTo("€330.00");
        assertThat(page.getSummary().getTotalAmount()).isEqualTo("330.00");
        assertThat(page.getSummary().getChange24h().getAmount()).isEqualTo("+€30.00");
        assertThat(page.getSummary().getChange24h().getPercent()).isEqualTo("+10.0 %");
        assertThat(page.getSummary().getChange24h().getDirection()).isEqualTo("up");
        assertThat(page.getSummary().getChange7d()).isNull();
        assertThat(page.getSummary().getTopCardHref()).isEqualTo("/en/cards/101");
        assertThat(page.getUnvaluedNote()).isEqualTo("1 held without a price yet, not counted in the value");
        assertThat(page.getByGame()).extracting(MyCollectionPage.ShareRow::label).containsExactly("Pokémon", "Magic: The Gathering");
        assertThat(page.getByGame().get(0).share()).isEqualTo("90.9 %");
        assertThat(page.getBySet()).extracting(MyCollectionPage.ShareRow::label)
                .containsExactly("Base Set · Pokémon", "Alpha · Magic: The Gathering", "Jungle · Pokémon");
        assertThat(page.getBySet().get(0).value()).isEqualTo("€300.00");
        assertThat(page.getBySet().get(0).href()).isEqualTo("/en/collection?game=pokemon&q=Base+Set");
        assertThat(page.getGames()).extracting(LinkOption::code).containsExactly("mtg", "pokemon");
        assertThat(page.isCharted()).isTrue();
        assertThat(page.getChartPoints()).isEqualTo(2);
        assertThat(page.getChartConfig()).contains("\"data\":[300.00,330.00]");
        assertThat(page.getRows()).extracting(MyCollectionPage.EntryRow::getValue).containsExactly("€200.00", "€100.00", "€30.00", "");
        assertThat(page.getRows().get(0).getVariant()).isEqualTo("holo");
    }

    @Test
    void a_row_saves_its_quantity_and_condition_and_a_bad_quantity_sends_nothing() {
        hold(1, "Charizard", "Base Set", "pokemon", 1, "200.00");
        MyCollectionPage page = page(new Request(Optional.of(signedIn())));
        page.load();
        MyCollectionPage.EntryRow row = page.getRows().get(0);

        row.setQuantity("0");
        page.save(row);
        assertThat(amended).isEmpty();
        assertThat(page.getError()).contains("1 to 9,999");

        row.setQuantity("3");
        row.setCondition("LP");
        row.setCondition("MINT"); // not on the scale: the row keeps LP
        page.save(row);
        assertThat(amended).singleElement().satisfies(command -> {
            assertThat(command.owner()).isEqualTo(OWNER);
            assertThat(command.entry()).isEqualTo(new CollectionEntryId(1));
            assertThat(command.quantity()).contains(3);
            assertThat(command.condition()).contains(CardCondition.LP);
            assertThat(command.variant()).isEmpty();
            assertThat(command.pricePaid()).isEmpty();
            assertThat(command.grading()).isEmpty();
        });
        assertThat(page.getError()).isEmpty();
        assertThat(page.getNotice()).isEqualTo("Saved: Charizard.");
    }

    @Test
    void remove_takes_the_entry_away_and_an_entry_gone_meanwhile_is_said_so() {
        hold(1, "Charizard", "Base Set", "pokemon", 1, "200.00");
        hold(999, "Blastoise", "Base Set", "pokemon", 1, "100.00");
        MyCollectionPage page = page(new Request(Optional.of(signedIn())));
        page.load();
        page.remove(page.getRows().get(0));
        assertThat(removed).containsExactly(new CollectionEntryId(1));
        assertThat(page.getNotice()).isEqualTo("Removed from your collection: Charizard.");
        page.remove(page.getRows().get(1));
        assertThat(page.getError()).isEqualTo("That entry is no longer in your collection.");
    }

    @Test
    void a_currency_the_use_cases_cannot_value_in_falls_back_to_euros() {
        Request request = new Request(Optional.of(signedIn()));
        request.parameters.put("currency", "USD");
        MyCollectionPage page = new MyCollectionPage(
                query -> {
                    if (!query.currency().equals(EUR)) {
                        throw new InvalidCollectionDataException("currency", "no rate");
                    }
                    return new CollectionPage(List.of(), 0, EUR);
                },
                (owner, currency) -> new CollectionSummary(currency, Money.zero(currency), 0, 0, Optional.empty(), Optional.empty(),
                        Map.of(), Optional.empty()),
                (owner, currency, days) -> new PortfolioHistory(currency, List.of()),
                command -> {
                    throw new IllegalStateException("no edit expected");
                },
                (owner, entry) -> {
                },
                List::of, request);
        page.load();
        assertThat(page.getCurrency()).isEqualTo("EUR");
        assertThat(page.getError()).contains("values are shown in euros");
        assertThat(page.isCharted()).isFalse();
    }
}
