package io.cardvault.adapter.in.web;

/** One choice of a switch made of links (variant, chart period, market period or game); the current one is marked. */
public record LinkOption(String code, String label, String href, boolean selected) {

    public String getCode() {
        return code;
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
