package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.in.collection.AddToCollectionCommand;
import io.cardvault.application.port.in.collection.AddToCollectionUseCase;
import io.cardvault.application.port.in.collection.AddedToCollection;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.InvalidCatalogueDataException;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.catalogue.VariantSlugs;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.price.GradingCompany;
import io.cardvault.domain.price.InvalidPriceDataException;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The card page's "Add to collection" form for the variant chosen, and the page that takes it
 * ({@code POST /en/collection/add}). The form is a plain HTML form, so the card page stays a
 * transient view with no session; the taking page adds the copies and answers with a redirect back
 * to the card (post, redirect, get) saying what happened ({@code ?collection=added|merged} or
 * {@code ?collection_error=<field>}), so a reload never adds twice. Cross-site posts are refused by
 * the admission's origin check before they get here.
 */
@Named
@RequestScoped
public class AddToCollectionForm {

    /** What a price paid may be written in; the valuation converts, the entry keeps what was paid. */
    static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP");
    /** The error codes the card page can word, one per field of the form. */
    static final List<String> ERRORS = List.of("quantity", "condition", "price", "grade", "variant", "card");

    /** Where the card page's form sits, so the answer scrolls back to it. */
    private static final String ANCHOR = "#add-to-collection";

    private final AddToCollectionUseCase collection;
    private final GetCardUseCase cards;
    private final WebContext web;
    private final HttpServletRequest request;

    @Inject
    public AddToCollectionForm(AddToCollectionUseCase collection, GetCardUseCase cards, WebContext web, HttpServletRequest request) {
        this.collection = collection;
        this.cards = cards;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected AddToCollectionForm() {
        this(null, null, null, null);
    }

    /**
     * View action of the taking page: adds the posted copies to the signed-in collector's collection
     * and redirects back to the card. A GET, or a post naming no card, goes to the collection page;
     * an anonymous visitor is sent to sign in.
     */
    public void add() {
        String card = web.parameter("card");
        if (!"POST".equals(request.getMethod()) || !card.matches("\\d{1,18}")) {
            web.redirect("/collection");
            return;
        }
        Optional<AccountId> owner = web.currentAccount().map(account -> account.requireId());
        if (owner.isEmpty()) {
            web.redirect("/signin");
            return;
        }
        String variant = web.parameter("variant").matches("\\d{1,18}") ? web.parameter("variant") : "";
        String back = "/cards/" + card + (variant.isEmpty() ? "?" : "?variant=" + variant + "&");
        Optional<Integer> quantity = MyCollectionPage.quantity(web.parameter("quantity"));
        Optional<CardCondition> condition = MyCollectionPage.condition(web.parameter("condition"));
        Optional<Optional<Money>> paid = pricePaid();
        Optional<Optional<Grading>> grading = grading(web);
        Optional<Optional<String>> slug = slug(new CardId(Long.parseLong(card)), variant);
        String refused = quantity.isEmpty() ? "quantity" : condition.isEmpty() ? "condition" : paid.isEmpty() ? "price"
                : grading.isEmpty() ? "grade" : slug.isEmpty() ? "variant" : "";
        if (!refused.isEmpty()) {
            web.redirect(back + "collection_error=" + refused + ANCHOR);
            return;
        }
        try {
            AddedToCollection added = collection.add(new AddToCollectionCommand(owner.get(), new CardId(Long.parseLong(card)),
                    slug.get(), quantity.get(), condition.get(), paid.get(), grading.get(), Currency.getInstance(CURRENCIES.get(0))));
            web.redirect(back + "collection=" + (added.merged() ? "merged" : "added") + "&held=" + added.item().entry().quantity()
                    + ANCHOR);
        } catch (InvalidCollectionDataException e) {
            web.redirect(back + "collection_error=" + errorCode(e.field()) + ANCHOR);
        }
    }

    /**
     * The API's word for the variant the card page had chosen: empty when the form named none; the
     * outer optional is empty when the card does not have that variant (or is no card).
     */
    private Optional<Optional<String>> slug(CardId card, String variantId) {
        if (variantId.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            CardDetails details = cards.card(card);
            return VariantSlugs.of(details, new VariantId(Long.parseLong(variantId))).map(Optional::of);
        } catch (CatalogueEntryNotFoundException | InvalidCatalogueDataException e) {
            return Optional.empty();
        }
    }

    /** The price paid, empty inside when none was typed; the outer optional is empty for an amount or currency not understood. */
    private Optional<Optional<Money>> pricePaid() {
        String amount = web.parameter("price_paid");
        if (amount.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        if (!SearchPage.isPriceBound(amount) || !CURRENCIES.contains(web.parameter("currency"))) {
            return Optional.empty();
        }
        return Optional.of(Optional.of(new Money(Currency.getInstance(web.parameter("currency")),
                SearchPage.priceBound(amount).orElseThrow())));
    }

    /**
     * The slab a form posted ({@code graded}, {@code company}, {@code grade}; the sell form has the same
     * fields): empty inside for a raw card; the outer optional is empty for a company or grade not understood.
     */
    static Optional<Optional<Grading>> grading(WebContext web) {
        if (web.parameter("graded").isEmpty()) {
            return Optional.of(Optional.empty());
        }
        Optional<GradingCompany> company = Arrays.stream(GradingCompany.values())
                .filter(known -> known.code().equals(web.parameter("company"))).findFirst();
        if (company.isEmpty()) {
            return Optional.empty();
        }
        try {
            Grading grading = Grading.of(company.get(), web.parameter("grade").replace(',', '.'));
            return grading.isUnknownBucket() ? Optional.empty() : Optional.of(Optional.of(grading));
        } catch (InvalidPriceDataException e) {
            return Optional.empty();
        }
    }

    /** The form's error code for a field the use case refused. */
    static String errorCode(String field) {
        return switch (field) {
            case "quantity" -> "quantity";
            case "condition" -> "condition";
            case "price_paid" -> "price";
            case "grade", "grading_company", "graded" -> "grade";
            case "variant" -> "variant";
            default -> "card";
        };
    }

    /** Whether the card page was reached right after an add. */
    public boolean isAdded() {
        return List.of("added", "merged").contains(web.parameter("collection"));
    }

    /** What the add did, in the page's language: new holding or more copies of one already held, and how many are held now. */
    public String getAddedNote() {
        String held = web.parameter("held").matches("\\d{1,4}") ? web.parameter("held") : "";
        String key = "merged".equals(web.parameter("collection")) ? "addcard.merged" : "addcard.added";
        return web.message(key).replace("{0}", held);
    }

    /** The refusal the taking page redirected back with, in the page's language; empty when none. */
    public String getError() {
        String code = web.parameter("collection_error");
        return ERRORS.contains(code) ? web.message("addcard.error." + code) : "";
    }

    public List<LinkOption> getConditions() {
        return MyCollectionPage.conditionOptions(web, Optional.of(CardCondition.NM));
    }

    public List<String> getCurrencies() {
        return CURRENCIES;
    }

    /** The grading companies, named as collectors write them ("PSA"), the company-less grade last. */
    public List<LinkOption> getCompanies() {
        return companies(web);
    }

    /** The grading companies as a form's choices (the sell form has the same), PSA chosen. */
    static List<LinkOption> companies(WebContext web) {
        return Arrays.stream(GradingCompany.values()).map(company -> new LinkOption(company.code(),
                company == GradingCompany.OTHER ? web.message("addcard.otherCompany") : company.code().toUpperCase(Locale.ROOT),
                "", company == GradingCompany.PSA)).toList();
    }
}
