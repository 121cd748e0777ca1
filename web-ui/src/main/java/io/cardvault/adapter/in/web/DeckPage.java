package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.deck.AddCardToDeckCommand;
import io.cardvault.application.port.in.deck.AddCardToDeckUseCase;
import io.cardvault.application.port.in.deck.CheckDeckLegalityUseCase;
import io.cardvault.application.port.in.deck.DeckCardView;
import io.cardvault.application.port.in.deck.DeckNotFoundException;
import io.cardvault.application.port.in.deck.DeckValuation;
import io.cardvault.application.port.in.deck.DeckView;
import io.cardvault.application.port.in.deck.GetDeckUseCase;
import io.cardvault.application.port.in.deck.SetDeckCardCountUseCase;
import io.cardvault.application.port.in.deck.ValueDeckUseCase;
import io.cardvault.application.port.in.search.SearchCardsQuery;
import io.cardvault.application.port.in.search.SearchCardsUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.deck.DeckId;
import io.cardvault.domain.deck.DeckSection;
import io.cardvault.domain.deck.InvalidDeckDataException;
import io.cardvault.domain.deck.LegalityProblem;
import io.cardvault.domain.deck.LegalityVerdict;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A deck: its cards by section, its legality in its format and its value, all worked out afresh on every
 * render, so each change the builder posts shows the new verdict and value at once. Its owner also gets
 * the builder: a search of the deck's game with an add form per hit, and −/+ per line (plain forms posted
 * to the page, then redirected back). Anyone may read a public deck; a private one is not found for others.
 */
@Named
@RequestScoped
public class DeckPage {

    static final int SEARCH_HITS = 12;

    private final GetDeckUseCase get;
    private final AddCardToDeckUseCase add;
    private final SetDeckCardCountUseCase setCount;
    private final CheckDeckLegalityUseCase legality;
    private final ValueDeckUseCase value;
    private final SearchCardsUseCase search;
    private final WebContext web;
    private final HttpServletRequest request;
    private DeckView deck;
    private boolean owner;
    private LegalityVerdict verdict;
    private DeckValuation valuation;
    private List<CardTile> hits = List.of();
    private String error = "";
    private String notice = "";

    @Inject
    public DeckPage(GetDeckUseCase get, AddCardToDeckUseCase add, SetDeckCardCountUseCase setCount, CheckDeckLegalityUseCase legality,
                    ValueDeckUseCase value, SearchCardsUseCase search, WebContext web, HttpServletRequest request) {
        this.get = get;
        this.add = add;
        this.setCount = setCount;
        this.legality = legality;
        this.value = value;
        this.search = search;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected DeckPage() {
        this(null, null, null, null, null, null, null, null);
    }

    /** View action: the deck the visitor may see, a posted change carried out (and redirected), then verdict, value and search. */
    public void load() {
        Optional<AccountId> reader = web.signedInAccount();
        DeckId id;
        try {
            id = new DeckId(Long.parseLong(web.parameter("id")));
            deck = get.deck(id, reader);
        } catch (NumberFormatException | InvalidDeckDataException | DeckNotFoundException missing) {
            web.notFound();
            return;
        }
        owner = reader.filter(deck.deck()::isOwnedBy).isPresent();
        if (owner && WatchForms.posted(request) && carriedOut(reader.get(), id)) {
            return;
        }
        notice = WatchForms.notice(web, "deck", Set.of("added", "changed", "imported"));
        verdict = legality.legality(id, reader).verdict();
        valuation = value.value(id, reader, Currency.getInstance("EUR"));
        String query = web.parameter("q");
        if (owner && !query.isEmpty() && query.length() <= SearchCardsQuery.MAX_TEXT) {
            hits = search.search(new SearchCardsQuery(query, deck.deck().game(), null, null, null, null, SEARCH_HITS, 0))
                    .hits().stream().map(hit -> CardTile.of(hit, web.getBase(), web.getLocale())).toList();
        }
    }

    private boolean carriedOut(AccountId account, DeckId id) {
        String query = web.parameter("q");
        String back = "/decks/" + id.value() + "?" + (query.isEmpty() ? "" : "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&");
        try {
            CardId card = WatchForms.card(web.parameter("card"));
            DeckSection section = DeckSection.fromCode(web.parameter("section")).orElse(DeckSection.MAIN);
            switch (web.parameter("do")) {
                case "add" -> {
                    add.add(new AddCardToDeckCommand(account, id, card, count(web.parameter("quantity"), 1), section));
                    web.redirect(back + "done=added");
                }
                case "set" -> {
                    setCount.setCount(account, id, card, section, count(web.parameter("quantity"), 0));
                    web.redirect(back + "done=changed");
                }
                default -> {
                    error = web.message("decks.error.input");
                    return false;
                }
            }
            return true;
        } catch (InvalidDeckDataException | io.cardvault.domain.collection.InvalidCollectionDataException refused) {
            error = web.message("decks.error.input") + " " + refused.getMessage();
            return false;
        }
    }

    private static int count(String text, int fallback) {
        try {
            return text.isEmpty() ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidDeckDataException("quantity", "not a number: " + text);
        }
    }

    public boolean isFound() {
        return deck != null;
    }

    public boolean isOwner() {
        return owner;
    }

    public long getId() {
        return deck.id().value();
    }

    public String getName() {
        return deck.deck().name();
    }

    public String getGame() {
        return deck.deck().game();
    }

    public String getFormat() {
        return deck.deck().format().orElse("");
    }

    public boolean isShared() {
        return deck.deck().isPublic();
    }

    public String getQuery() {
        return web.parameter("q");
    }

    public List<CardTile> getHits() {
        return hits;
    }

    public String getError() {
        return error;
    }

    public String getNotice() {
        return notice;
    }

    /** The sections that hold cards, in order, each with its lines and their values. */
    public List<SectionRow> getSections() {
        Map<String, String> values = valuation.cards().stream().collect(Collectors.toMap(
                line -> line.line().section().code() + ":" + line.line().card().id(),
                line -> line.lineValue().map(this::money).orElse(""), (one, other) -> one));
        Map<String, Integer> owned = valuation.cards().stream().filter(line -> line.owned().isPresent()).collect(Collectors.toMap(
                line -> line.line().section().code() + ":" + line.line().card().id(), line -> line.owned().orElseThrow(),
                (one, other) -> one));
        List<SectionRow> sections = new ArrayList<>();
        for (DeckSection section : DeckSection.values()) {
            List<LineRow> lines = deck.cards().stream().filter(line -> line.section() == section)
                    .map(line -> LineRow.of(line, web.getBase(), values.getOrDefault(key(line), ""), owned.get(key(line)))).toList();
            if (!lines.isEmpty()) {
                sections.add(new SectionRow(section.code(), web.message("deck.section." + section.code()), deck.count(section), lines));
            }
        }
        return sections;
    }

    private static String key(DeckCardView line) {
        return line.section().code() + ":" + line.card().id();
    }

    /** legal, illegal or unchecked. */
    public String getStatus() {
        return verdict.status().code();
    }

    public String getStatusText() {
        return web.message("deck.legality." + verdict.status().code());
    }

    public String getRulesNote() {
        return verdict.note();
    }

    public List<String> getProblems() {
        return verdict.problems().stream().map(LegalityProblem::message).toList();
    }

    public String getTotal() {
        return money(valuation.total());
    }

    public int getUnvalued() {
        return valuation.unvaluedCount();
    }

    public boolean isOwnedKnown() {
        return valuation.ownedCount().isPresent();
    }

    public int getOwnedCount() {
        return valuation.ownedCount().orElse(0);
    }

    public int getMissingCount() {
        return valuation.missingCount().orElse(0);
    }

    public String getCostOfMissing() {
        return valuation.costOfMissing().map(this::money).orElse("");
    }

    public boolean isSandbox() {
        return valuation.sandbox();
    }

    private String money(Money amount) {
        return MarketRow.money(amount, web.getLocale());
    }

    /** One section of the deck with its copies. */
    public record SectionRow(String code, String title, int count, List<LineRow> lines) {

        public String getCode() {
            return code;
        }

        public String getTitle() {
            return title;
        }

        public int getCount() {
            return count;
        }

        public List<LineRow> getLines() {
            return lines;
        }
    }

    /** One line of a section: the card, its copies, the line's value (empty without a price) and the reader's owned copies. */
    public record LineRow(long cardId, String name, String setCode, String number, String section, int quantity, String href,
                          String value, Integer owned) {

        static LineRow of(DeckCardView line, String base, String value, Integer owned) {
            return new LineRow(line.card().id(), line.card().name(), line.card().setCode(), line.card().collectorNumber(),
                    line.section().code(), line.quantity(), base + "/cards/" + line.card().id(), value, owned);
        }

        public long getCardId() {
            return cardId;
        }

        public String getName() {
            return name;
        }

        public String getSetCode() {
            return setCode;
        }

        public String getNumber() {
            return number;
        }

        public String getSection() {
            return section;
        }

        public int getQuantity() {
            return quantity;
        }

        public int getLess() {
            return quantity - 1;
        }

        public int getMore() {
            return quantity + 1;
        }

        public String getHref() {
            return href;
        }

        public String getValue() {
            return value;
        }

        public Integer getOwned() {
            return owned;
        }
    }
}
