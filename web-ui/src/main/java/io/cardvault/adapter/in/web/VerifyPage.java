package io.cardvault.adapter.in.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * {@code /verify}: the code search box, a GET form to this page; a code typed there is answered with
 * a 302 to its result page {@code /verify/{code}} (letters and digits only, as codes are).
 */
@Named
@RequestScoped
public class VerifyPage {

    private final WebContext web;
    private boolean invalid;

    @Inject
    public VerifyPage(WebContext web) {
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected VerifyPage() {
        this(null);
    }

    /** View action: a code in the query goes to its result page. */
    public void load() {
        String code = web.parameter("code").replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return;
        }
        if (!code.matches("[A-Z0-9]{1,16}")) {
            invalid = true;
            return;
        }
        web.redirect("/verify/" + code);
    }

    public boolean isInvalid() {
        return invalid;
    }
}
