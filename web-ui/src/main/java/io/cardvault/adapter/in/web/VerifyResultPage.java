package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.marketplace.ListingPaths;
import io.cardvault.application.port.in.trust.CodeVerification;
import io.cardvault.application.port.in.trust.VerifyCodeUseCase;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * {@code /verify/{code}}: what {@code GET /api/verify/{code}} answers, as a styled card with the
 * listing's first (watermarked) photo and a link to the listing. An unknown code says so.
 */
@Named
@RequestScoped
public class VerifyResultPage {

    private final VerifyCodeUseCase verify;
    private final WebContext web;
    private CodeVerification verification = new CodeVerification.Unknown("");

    @Inject
    public VerifyResultPage(VerifyCodeUseCase verify, WebContext web) {
        this.verify = verify;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected VerifyResultPage() {
        this(null, null);
    }

    /** View action: looks the path's code up. */
    public void load() {
        verification = verify.verify(web.parameter("code"));
    }

    public String getCode() {
        return verification.code();
    }

    public boolean isValid() {
        return verification instanceof CodeVerification.Valid;
    }

    private CodeVerification.Valid valid() {
        return (CodeVerification.Valid) verification;
    }

    public boolean isActive() {
        return isValid() && "active".equals(valid().status().code());
    }

    public String getStatus() {
        return isValid() ? valid().status().code() : "";
    }

    public String getCardName() {
        return isValid() ? valid().cardName() : "";
    }

    public String getSetName() {
        return isValid() ? valid().setName() : "";
    }

    public String getCondition() {
        return isValid() ? valid().condition() : "";
    }

    public String getSeller() {
        return isValid() ? valid().sellerUsername() : "";
    }

    public String getCreated() {
        return isValid() ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(web.getLocale())
                .format(valid().createdAt().atZone(ZoneOffset.UTC)) : "";
    }

    public String getThumbnail() {
        return isValid() ? valid().thumbnailUrl().orElse("") : "";
    }

    /** The listing's page in this page's language. */
    public String getListingUrl() {
        return isValid() ? web.getBase() + ListingPaths.of(valid().listingId()) : "";
    }
}
