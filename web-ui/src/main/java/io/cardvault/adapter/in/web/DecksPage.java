package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.ListGamesUseCase;
import io.cardvault.application.port.in.deck.CreateDeckCommand;
import io.cardvault.application.port.in.deck.CreateDeckUseCase;
import io.cardvault.application.port.in.deck.DeckImport;
import io.cardvault.application.port.in.deck.DeckView;
import io.cardvault.application.port.in.deck.ImportDeckCommand;
import io.cardvault.application.port.in.deck.ImportDeckUseCase;
import io.cardvault.application.port.in.deck.ListDecksUseCase;
import io.cardvault.application.port.in.deck.UnresolvedDeckLine;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.deck.DeckSection;
import io.cardvault.domain.deck.InvalidDeckDataException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The deck list: the signed-in collector's decks, a form to start one and a form to import a deck list.
 * An import with lines it could not resolve stays on this page and lists them with their line numbers
 * (and a link to the deck made of the rest); a clean one goes to the new deck. Anonymous visitors are
 * sent to sign in.
 */
@Named
@RequestScoped
public class DecksPage {

    private final ListDecksUseCase list;
    private final CreateDeckUseCase create;
    private final ImportDeckUseCase importDeck;
    private final ListGamesUseCase games;
    private final WebContext web;
    private final HttpServletRequest request;
    private List<DeckRow> decks = List.of();
    private List<GameOption> gameOptions = List.of();
    private List<UnresolvedRow> unresolved = List.of();
    private String importedDeckHref = "";
    private String error = "";
    private String notice = "";

    @Inject
    public DecksPage(ListDecksUseCase list, CreateDeckUseCase create, ImportDeckUseCase importDeck, ListGamesUseCase games,
                     WebContext web, HttpServletRequest request) {
        this.list = list;
        this.create = create;
        this.importDeck = importDeck;
        this.games = games;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected DecksPage() {
        this(null, null, null, null, null, null);
    }

    /** View action: a posted form is carried out (a new deck is opened), and the list is read. */
    public void load() {
        Optional<AccountId> signedIn = WatchForms.ownerToRender(web, request, this::carriedOut);
        if (signedIn.isEmpty()) {
            return;
        }
        notice = WatchForms.notice(web, "decks", Set.of("imported"));
        decks = list.decks(signedIn.get()).stream().map(this::row).toList();
        gameOptions = games.games().stream().map(game -> new GameOption(game.slug(), game.name())).toList();
    }

    private boolean carriedOut(AccountId owner) {
        try {
            switch (web.parameter("do")) {
                case "create" -> {
                    DeckView deck = create.create(new CreateDeckCommand(owner, web.parameter("name"), web.parameter("game"),
                            WatchForms.optional(web.parameter("format")), "on".equals(web.parameter("public"))));
                    web.redirect("/decks/" + deck.id().value());
                    return true;
                }
                case "import" -> {
                    DeckImport result = importDeck.importDeck(new ImportDeckCommand(owner, web.parameter("game"),
                            WatchForms.optional(web.parameter("name")), WatchForms.optional(web.parameter("format")),
                            "on".equals(web.parameter("public")), request.getParameter("text") == null ? "" : request.getParameter("text")));
                    if (result.unresolved().isEmpty()) {
                        web.redirect("/decks/" + result.deck().id().value() + "?done=imported");
                        return true;
                    }
                    unresolved = result.unresolved().stream().map(UnresolvedRow::of).toList();
                    importedDeckHref = web.getBase() + "/decks/" + result.deck().id().value();
                    return false;
                }
                default -> {
                    error = web.message("decks.error.input");
                    return false;
                }
            }
        } catch (InvalidDeckDataException refused) {
            error = web.message("decks.error.input") + " " + refused.getMessage();
            return false;
        }
    }

    private DeckRow row(DeckView view) {
        var deck = view.deck();
        return new DeckRow(deck.name(), deck.game(), deck.format().orElse(""), view.count(DeckSection.MAIN)
                + view.count(DeckSection.COMMANDER), view.count(DeckSection.SIDEBOARD), deck.isPublic(),
                web.getBase() + "/decks/" + view.id().value());
    }

    public List<DeckRow> getDecks() {
        return decks;
    }

    public List<GameOption> getGames() {
        return gameOptions;
    }

    public List<UnresolvedRow> getUnresolved() {
        return unresolved;
    }

    public String getImportedDeckHref() {
        return importedDeckHref;
    }

    public String getError() {
        return error;
    }

    public String getNotice() {
        return notice;
    }

    /** A deck-list line the import could not resolve, for the page (EL reads no record components). */
    public record UnresolvedRow(int line, String text, String message, String candidates) {

        static UnresolvedRow of(UnresolvedDeckLine line) {
            return new UnresolvedRow(line.line(), line.text(), line.message(), String.join("; ", line.candidates()));
        }

        public int getLine() {
            return line;
        }

        public String getText() {
            return text;
        }

        public String getMessage() {
            return message;
        }

        public String getCandidates() {
            return candidates;
        }
    }

    /** A game to choose for a new deck. */
    public record GameOption(String slug, String name) {

        public String getSlug() {
            return slug;
        }

        public String getName() {
            return name;
        }
    }

    /** One deck as the list shows it. */
    public record DeckRow(String name, String game, String format, int cards, int sideboard, boolean shared, String href) {

        public String getName() {
            return name;
        }

        public String getGame() {
            return game;
        }

        public String getFormat() {
            return format;
        }

        public int getCards() {
            return cards;
        }

        public int getSideboard() {
            return sideboard;
        }

        public boolean isShared() {
            return shared;
        }

        public String getHref() {
            return href;
        }
    }
}
