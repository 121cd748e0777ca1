package io.cardvault.adapter.in.web;

import io.cardvault.domain.catalogue.SetOverview;
import java.time.LocalDate;

/** A set in a list: name, code, series, release date and how many cards the catalogue holds. */
public final class SetLink {

    private final SetOverview set;
    private final String href;

    SetLink(SetOverview set, String base) {
        this.set = set;
        this.href = base + "/sets/" + set.id();
    }

    public long getId() {
        return set.id();
    }

    public String getName() {
        return set.name();
    }

    public String getCode() {
        return set.code();
    }

    public String getSeries() {
        return set.series() == null ? "" : set.series();
    }

    /** ISO date (the page formats nothing locale-specific for it), empty when unknown. */
    public String getReleased() {
        LocalDate released = set.releaseDate();
        return released == null ? "" : released.toString();
    }

    public int getCardCount() {
        return set.cardCount();
    }

    public String getPrintedTotal() {
        return set.officialCount() == null ? "" : set.officialCount().toString();
    }

    public String getGameName() {
        return set.gameName();
    }

    public String getGameSlug() {
        return set.gameSlug();
    }

    public String getLanguage() {
        return set.language() == null ? "" : set.language();
    }

    public String getHref() {
        return href;
    }
}
