package io.cardvault.adapter.in.web;

/**
 * The website's routes for tests outside this package (the fuzz test's oracle), read from
 * {@link WebRoutes} itself, which stays package-private: a page added there is treated as a page
 * everywhere without editing a test's copy of the list.
 */
public final class SitePages {

    private SitePages() {
    }

    /** A page in a language ({@code /en/…}) or an unprefixed page the site sends to one ({@code /cards/4}). */
    public static boolean isPage(String path) {
        return WebRoutes.languageOf(path).isPresent() || WebRoutes.isUnprefixedPage(path);
    }
}
