package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.collection.DeletePriceAlertUseCase;
import io.cardvault.application.port.in.collection.ListPriceAlertsUseCase;
import io.cardvault.application.port.in.collection.PriceAlertNotFoundException;
import io.cardvault.application.port.in.collection.PriceAlertView;
import io.cardvault.application.port.in.collection.SetPriceAlertCommand;
import io.cardvault.application.port.in.collection.SetPriceAlertUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.collection.DuplicatePriceAlertException;
import io.cardvault.domain.collection.InvalidCollectionDataException;
import io.cardvault.domain.collection.PriceAlert;
import io.cardvault.domain.collection.PriceAlertId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Price alerts: the active ones (with delete) and those that fired, with when. It also takes the card
 * page's "Set a price alert" form. Anonymous visitors are sent to sign in.
 */
@Named
@RequestScoped
public class PriceAlertsPage {

    private final ListPriceAlertsUseCase list;
    private final SetPriceAlertUseCase set;
    private final DeletePriceAlertUseCase delete;
    private final WebContext web;
    private final HttpServletRequest request;
    private List<AlertRow> alerts = List.of();
    private String error = "";
    private String notice = "";

    @Inject
    public PriceAlertsPage(ListPriceAlertsUseCase list, SetPriceAlertUseCase set, DeletePriceAlertUseCase delete,
                           WebContext web, HttpServletRequest request) {
        this.list = list;
        this.set = set;
        this.delete = delete;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected PriceAlertsPage() {
        this(null, null, null, null, null);
    }

    /** View action: a posted form is carried out (then redirected), and the alerts are read. */
    public void load() {
        Optional<AccountId> signedIn = WatchForms.ownerToRender(web, request, this::carriedOut);
        if (signedIn.isEmpty()) {
            return;
        }
        AccountId owner = signedIn.get();
        notice = WatchForms.notice(web, "alerts", Set.of("created", "deleted"));
        alerts = list.alerts(owner).stream().map(this::row).toList();
    }

    private boolean carriedOut(AccountId owner) {
        try {
            switch (web.parameter("do")) {
                case "create" -> {
                    set.set(SetPriceAlertCommand.of(owner, WatchForms.card(web.parameter("card")),
                            WatchForms.amount(web.parameter("target_price"), "target_price").orElse(null),
                            WatchForms.optional(web.parameter("condition")), WatchForms.optional(web.parameter("currency"))));
                    web.redirect("/alerts?done=created");
                }
                case "delete" -> {
                    delete.delete(owner, alertId(web.parameter("alert")));
                    web.redirect("/alerts?done=deleted");
                }
                default -> {
                    error = web.message("watch.error.input");
                    return false;
                }
            }
            return true;
        } catch (InvalidCollectionDataException refused) {
            error = WatchForms.error(web, refused);
        } catch (DuplicatePriceAlertException duplicate) {
            error = web.message("alerts.error.duplicate");
        } catch (PriceAlertNotFoundException gone) {
            error = web.message("alerts.error.gone");
        }
        return false;
    }

    private static PriceAlertId alertId(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return new PriceAlertId(id);
            }
        } catch (NumberFormatException notANumber) {
            // no alert has that id, as for an impossible number
        }
        throw new PriceAlertNotFoundException();
    }

    private AlertRow row(PriceAlertView view) {
        PriceAlert alert = view.alert();
        var locale = web.getLocale();
        return new AlertRow(alert.id().orElseThrow().value(), view.card().name(), WatchForms.cardHref(web, alert.card()),
                MarketRow.money(alert.target(), locale), web.message("alerts.condition." + alert.direction().code()),
                alert.isActive(), alert.triggeredAt().map(at -> WatchForms.dateTime(at, locale)).orElse(""),
                WatchForms.dateTime(alert.createdAt(), locale));
    }

    public List<AlertRow> getActive() {
        return alerts.stream().filter(AlertRow::active).toList();
    }

    public List<AlertRow> getTriggered() {
        return alerts.stream().filter(row -> !row.active()).toList();
    }

    public String getError() {
        return error;
    }

    public String getNotice() {
        return notice;
    }

    /** One alert as the tables show it. */
    public record AlertRow(long id, String cardName, String href, String target, String condition, boolean active,
                           String triggered, String created) {

        public long getId() {
            return id;
        }

        public String getCardName() {
            return cardName;
        }

        public String getHref() {
            return href;
        }

        public String getTarget() {
            return target;
        }

        public String getCondition() {
            return condition;
        }

        public boolean isActive() {
            return active;
        }

        public String getTriggered() {
            return triggered;
        }

        public String getCreated() {
            return created;
        }
    }
}
