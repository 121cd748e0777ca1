package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.catalogue.BuyLinks;
import io.cardvault.application.port.in.catalogue.CatalogueEntryNotFoundException;
import io.cardvault.application.port.in.catalogue.EvolutionStage;
import io.cardvault.application.port.in.catalogue.GetBuyLinksUseCase;
import io.cardvault.application.port.in.catalogue.GetCardUseCase;
import io.cardvault.application.port.in.catalogue.GetEvolutionChainUseCase;
import io.cardvault.domain.catalogue.CardDetails;
import io.cardvault.domain.catalogue.CardOverview;
import io.cardvault.domain.catalogue.PrintingDetails;
import io.cardvault.domain.catalogue.VariantDetails;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * A card: its facts, evolution line, the printing and variant chosen ({@code ?variant=<id>}, so the
 * URL names the selection) and where to buy that variant. Price table, chart and side rail join
 * this page when prices and analytics exist.
 */
@Named
@RequestScoped
public class CardPage {

    private final GetCardUseCase cards;
    private final GetEvolutionChainUseCase evolutions;
    private final GetBuyLinksUseCase buyLinks;
    private final WebContext web;
    private CardDetails card;
    private VariantDetails selected;
    private PrintingDetails selectedPrinting;
    private BuyLinks links;
    private List<EvolutionStage> chain;

    @Inject
    public CardPage(GetCardUseCase cards, GetEvolutionChainUseCase evolutions, GetBuyLinksUseCase buyLinks, WebContext web) {
        this.cards = cards;
        this.evolutions = evolutions;
        this.buyLinks = buyLinks;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected CardPage() {
        this(null, null, null, null);
    }

    /** View action: loads the card and the chosen variant (the first one when none or a foreign one is asked), or answers 404. */
    public void load() {
        try {
            card = cards.card(Long.parseLong(web.parameter("id")));
        } catch (CatalogueEntryNotFoundException | NumberFormatException e) {
            web.notFound();
            return;
        }
        String asked = web.parameter("variant");
        for (PrintingDetails printing : card.printings()) {
            for (VariantDetails variant : printing.variants()) {
                if (selected == null || Long.toString(variant.id()).equals(asked)) {
                    selected = variant;
                    selectedPrinting = printing;
                }
            }
        }
        chain = evolutions.chain(card.id()).chain();
        links = buyLinks.links(card.id(), selectedPrinting == null ? "normal" : buyLinkVariant(selectedPrinting, selected));
    }

    /** The buy-links use case's variant words: print run (unless unlimited) and finish, e.g. {@code 1st_edition_holo}. */
    static String buyLinkVariant(PrintingDetails printing, VariantDetails variant) {
        String finish = switch (variant.finish()) {
            case "holofoil" -> "holo";
            case "reverse_holofoil" -> "reverse_holo";
            default -> "normal";
        };
        return "unlimited".equals(printing.printRun()) ? finish : printing.printRun() + "_" + finish;
    }

    public boolean isFound() {
        return card != null;
    }

    private CardOverview overview() {
        return card.card();
    }

    public long getId() {
        return card.id();
    }

    public String getName() {
        return overview().name();
    }

    public String getNumber() {
        return overview().collectorNumber() == null ? overview().localId() : overview().collectorNumber();
    }

    public String getRarity() {
        return text(overview().rarity());
    }

    public String getCategory() {
        return text(overview().category());
    }

    public String getTypes() {
        return text(overview().types());
    }

    public String getStage() {
        return text(overview().stage());
    }

    public String getHp() {
        return overview().hp() == null ? "" : overview().hp().toString();
    }

    public String getIllustrator() {
        return text(overview().illustrator());
    }

    public SetLink getSet() {
        return new SetLink(card.set(), web.getBase());
    }

    public String getGameHref() {
        return web.getBase() + "/games/" + card.set().gameSlug();
    }

    public int getHue() {
        return CardTile.of(overview(), web.getBase()).getHue();
    }

    /** Stages of the line, earliest first; the card itself is marked current. */
    public List<Stage> getEvolution() {
        return chain.size() < 2 ? List.of() : chain.stream()
                .map(stage -> new Stage(stage.stage(), stage.name(), web.getBase() + "/cards/" + stage.cardId(),
                        stage.cardId() == card.id())).toList();
    }

    public List<PrintingOption> getPrintings() {
        return card.printings().stream().map(printing -> new PrintingOption(printingLabel(printing),
                printing.variants().stream().map(variant -> new VariantOption(variant.id(), variantLabel(variant),
                        web.getBase() + "/cards/" + card.id() + "?variant=" + variant.id(), variant == selected)).toList()))
                .toList();
    }

    public String getSelectedLabel() {
        return selected == null ? "" : printingLabel(selectedPrinting) + " · " + variantLabel(selected);
    }

    public long getSelectedVariantId() {
        return selected == null ? 0 : selected.id();
    }

    public String getCardmarketUrl() {
        return text(links.cardmarketUrl());
    }

    public String getTcgplayerUrl() {
        return text(links.tcgplayerUrl());
    }

    public String getEbayUrl() {
        return text(links.ebayUrl());
    }

    private String printingLabel(PrintingDetails printing) {
        String language = Locale.forLanguageTag(printing.language()).getDisplayLanguage(web.getLocale());
        return (language.isBlank() ? printing.language() : capitalised(language)) + " · " + localised("printRun.", printing.printRun());
    }

    private String variantLabel(VariantDetails variant) {
        StringBuilder label = new StringBuilder(localised("finish.", variant.finish()));
        if (variant.foilPattern() != null) {
            label.append(" · ").append(variant.foilPattern().replace('_', ' '));
        }
        variant.stamps().forEach(stamp -> label.append(" · ").append(stamp.replace('_', ' ')));
        if (variant.size() != null) {
            label.append(" · ").append(variant.size().replace('_', ' '));
        }
        if (variant.label() != null && !"standard".equals(variant.label())) {
            label.append(" · ").append(variant.label().replaceAll("-(?=\\p{L})", " ")); // "1999-2000-copyright" → "1999-2000 copyright"
        }
        return label.toString();
    }

    private String localised(String prefix, String code) {
        try {
            return web.message(prefix + code);
        } catch (MissingResourceException e) {
            return capitalised(code.replace('_', ' '));
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A stage of the evolution line. */
    public record Stage(String stage, String name, String href, boolean current) {
        public String getStage() {
            return stage;
        }

        public String getName() {
            return name;
        }

        public String getHref() {
            return href;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    /** A printing (language and print run) with its variants. */
    public record PrintingOption(String label, List<VariantOption> variants) {
        public String getLabel() {
            return label;
        }

        public List<VariantOption> getVariants() {
            return variants;
        }
    }

    /** A variant to choose; the chosen one is marked. */
    public record VariantOption(long id, String label, String href, boolean selected) {
        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public String getHref() {
            return href;
        }

        public boolean isSelected() {
            return selected;
        }
    }
}
