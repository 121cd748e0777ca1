package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.in.marketplace.CreateListingCommand;
import io.cardvault.application.port.in.marketplace.CreateListingUseCase;
import io.cardvault.application.port.in.marketplace.ListingPaths;
import io.cardvault.application.port.in.marketplace.ListingView;
import io.cardvault.application.port.in.marketplace.PreviewFeesUseCase;
import io.cardvault.application.port.in.marketplace.SetUpSellerCommand;
import io.cardvault.application.port.in.marketplace.SetUpSellerUseCase;
import io.cardvault.domain.account.Account;
import io.cardvault.domain.account.InvalidAccountDataException;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.catalogue.VariantId;
import io.cardvault.domain.catalogue.VariantSlugs;
import io.cardvault.domain.collection.CardCondition;
import io.cardvault.domain.marketplace.FeeBreakdown;
import io.cardvault.domain.marketplace.InvalidMarketplaceDataException;
import io.cardvault.domain.marketplace.ListingTerms;
import io.cardvault.domain.marketplace.MarketplaceRejection;
import io.cardvault.domain.price.Grading;
import io.cardvault.domain.shared.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Sell this card" ({@code /{lang}/sell?card=4&variant=7}, from the card page and the collection's
 * rows): the listing's terms, its photos (uploaded by sell.js to the listing-image route, which holds
 * them to the upload guard before any decode, and posted as their URLs) and a fee preview that
 * sell.js keeps live from the fee-preview route (the same use case the page's first figures come
 * from). An account that is no seller yet sets up its seller account here first. A created listing
 * opens its page; a refused one comes back with the form as posted and the reason.
 */
@Named
@RequestScoped
public class SellPage {

    /** The fields a refusal may name that have a message of their own; any other reads as a general one. */
    static final Set<String> ERRORS = Set.of("price", "quantity", "condition", "grade", "description", "image_urls",
            "variant", "display_name", "country", "seller_setup_required");
    private static final Currency EURO = Currency.getInstance("EUR");

    private final GetCardUseCase cards;
    private final CreateListingUseCase create;
    private final SetUpSellerUseCase setUpSeller;
    private final PreviewFeesUseCase fees;
    private final WebContext web;
    private final HttpServletRequest request;
    private CardDetails card;
    private Optional<String> variant = Optional.empty();
    private String error = "";

    @Inject
    public SellPage(GetCardUseCase cards, CreateListingUseCase create, SetUpSellerUseCase setUpSeller, PreviewFeesUseCase fees,
                    WebContext web, HttpServletRequest request) {
        this.cards = cards;
        this.create = create;
        this.setUpSeller = setUpSeller;
        this.fees = fees;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected SellPage() {
        this(null, null, null, null, null, null);
    }

    /** View action: the card to sell (404 without one), sign-in first for an anonymous visitor, then a posted form carried out. */
    public void load() {
        String cardId = web.parameter("card");
        try {
            card = cardId.matches("[1-9]\\d{0,17}") ? cards.card(new CardId(Long.parseLong(cardId))) : null;
        } catch (CatalogueEntryNotFoundException unknown) {
            card = null;
        }
        if (card == null) {
            web.notFound();
            return;
        }
        String variantId = web.parameter("variant");
        variant = variantId.matches("[1-9]\\d{0,17}") ? VariantSlugs.of(card, new VariantId(Long.parseLong(variantId))) : Optional.empty();
        Optional<Account> seller = web.currentAccount();
        if (seller.isEmpty()) {
            web.redirect("/signin?next=" + URLEncoder.encode(selfPath(), StandardCharsets.UTF_8));
            return;
        }
        if (!WatchForms.posted(request)) {
            return;
        }
        try {
            switch (web.parameter("do")) {
                case "setup" -> {
                    setUpSeller.setUp(new SetUpSellerCommand(seller.get().requireId(), web.parameter("display_name"),
                            web.parameter("country")));
                    web.redirect(selfPath());
                }
                case "sell" -> {
                    ListingView listed = create.create(new CreateListingCommand(seller.get().requireId(), terms()));
                    web.redirect(ListingPaths.of(listed.listing().requireId().value()));
                }
                default -> error = web.message("sell.error.other");
            }
        } catch (InvalidMarketplaceDataException refused) {
            error = errorMessage(refused.field());
        } catch (InvalidAccountDataException refused) {
            error = errorMessage(refused.field());
        } catch (MarketplaceRejection refused) {
            error = errorMessage(refused.code());
        }
    }

    /** The terms as posted; a field that does not parse is refused as the listing's own checks would name it. */
    private ListingTerms terms() {
        Optional<CardCondition> condition = MyCollectionPage.condition(web.parameter("condition"));
        if (condition.isEmpty()) {
            throw new InvalidMarketplaceDataException("condition", "unknown condition");
        }
        Optional<Optional<Grading>> grading = AddToCollectionForm.grading(web);
        if (grading.isEmpty()) {
            throw new InvalidMarketplaceDataException("grade", "unknown grade");
        }
        Optional<Integer> quantity = MyCollectionPage.quantity(web.parameter("quantity"));
        if (quantity.isEmpty()) {
            throw new InvalidMarketplaceDataException("quantity", "not a quantity");
        }
        List<String> photos = Optional.ofNullable(request.getParameterValues("image_url")).map(Arrays::asList).orElse(List.of())
                .stream().map(String::strip).filter(url -> !url.isEmpty()).toList();
        return new ListingTerms(new CardId(card.id()), variant, condition.get(), grading.get(), quantity.get(),
                price().orElseThrow(() -> new InvalidMarketplaceDataException("price", "not a price")),
                Optional.of(web.parameter("description")).filter(text -> !text.isEmpty()), checked("accepts_offers"),
                checked("buy_now"), photos, checked("image_protection"));
    }

    private Optional<Money> price() {
        String typed = web.parameter("price");
        return typed.isEmpty() || !SearchPage.isPriceBound(typed) ? Optional.empty()
                : SearchPage.priceBound(typed).map(amount -> new Money(EURO, amount));
    }

    private boolean checked(String box) {
        return !web.parameter(box).isEmpty();
    }

    private String errorMessage(String field) {
        return web.message("sell.error." + (ERRORS.contains(field) ? field : "other"));
    }

    /** This page's path with its card and variant ({@code /sell?card=4&variant=7}). */
    private String selfPath() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("card", Long.toString(card.id()));
        query.put("variant", web.parameter("variant").matches("[1-9]\\d{0,17}") ? web.parameter("variant") : "");
        return Pager.withQuery("/sell", query);
    }

    public boolean isFound() {
        return card != null;
    }

    /** Whether the visitor still has to set up a seller account before listing. */
    public boolean isSellerSetupNeeded() {
        return web.currentAccount().map(account -> !account.seller()).orElse(true);
    }

    public String getAction() {
        return web.getBase() + selfPath();
    }

    public long getCardId() {
        return card.id();
    }

    public String getVariantId() {
        return variant.isPresent() ? web.parameter("variant") : "";
    }

    public String getVariantLabel() {
        return variant.map(MyCollectionPage::words).orElse("");
    }

    /** The card: name, set, number, picture (the page shows it as its tiles do). */
    public CardTile getCard() {
        return CardTile.of(card, web.getBase());
    }

    public String getCardHref() {
        return web.getBase() + "/cards/" + card.id() + (getVariantId().isEmpty() ? "" : "?variant=" + getVariantId());
    }

    public String getError() {
        return error;
    }

    /** A posted value to show again, or the form's default on a first visit. */
    private String field(String name, String firstVisit) {
        return WatchForms.posted(request) ? web.parameter(name) : firstVisit;
    }

    public String getPrice() {
        return web.parameter("price");
    }

    public String getQuantity() {
        return field("quantity", "1");
    }

    public String getDescription() {
        return field("description", "");
    }

    public String getGrade() {
        return field("grade", "");
    }

    public boolean isGraded() {
        return !field("graded", "").isEmpty();
    }

    public boolean isAcceptsOffers() {
        return !field("accepts_offers", "on").isEmpty();
    }

    public boolean isBuyNow() {
        return !field("buy_now", "on").isEmpty();
    }

    public boolean isImageProtection() {
        return !field("image_protection", "").isEmpty();
    }

    public String getDisplayName() {
        return field("display_name", web.getUsername());
    }

    public String getCountry() {
        return field("country", "");
    }

    /** Photos already uploaded when a refused form comes back. */
    public List<String> getPhotos() {
        return WatchForms.posted(request) ? Optional.ofNullable(request.getParameterValues("image_url")).map(Arrays::asList)
                .orElse(List.<String>of()).stream().filter(url -> url.startsWith("/")).toList() : List.of();
    }

    public List<LinkOption> getConditions() {
        return MyCollectionPage.conditionOptions(web, MyCollectionPage.condition(field("condition", CardCondition.NM.name())));
    }

    public List<LinkOption> getCompanies() {
        return AddToCollectionForm.companies(web);
    }

    /** The fee preview for the price shown (sell.js redraws it as the price changes); null without a price. */
    public FeeLines getFees() {
        Optional<Money> price = price().filter(amount -> amount.amount().signum() > 0
                && amount.amount().compareTo(ListingTerms.MAX_PRICE) <= 0);
        if (price.isEmpty()) {
            return null;
        }
        FeeBreakdown breakdown = fees.preview(price.get(), isImageProtection());
        return new FeeLines(MarketRow.money(breakdown.marketplaceFee(), web.getLocale()),
                MarketRow.money(breakdown.imageProtectionFee(), web.getLocale()),
                MarketRow.money(breakdown.sellerPayout(), web.getLocale()), breakdown.sellerPayout().amount());
    }

    /** The fee preview's figures in the page's language. */
    public record FeeLines(String marketplaceFee, String protectionFee, String payout, BigDecimal payoutAmount) {

        public String getMarketplaceFee() {
            return marketplaceFee;
        }

        public String getProtectionFee() {
            return protectionFee;
        }

        public String getPayout() {
            return payout;
        }

        public BigDecimal getPayoutAmount() {
            return payoutAmount;
        }
    }
}
