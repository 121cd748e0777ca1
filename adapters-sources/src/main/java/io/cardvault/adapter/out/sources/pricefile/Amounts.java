package io.cardvault.adapter.out.sources.pricefile;

import java.math.BigDecimal;

/** Upstream amounts: {@code null}, blank and zero mean "no price" (a card is never worth nothing); {@code $} and thousands separators go. */
public final class Amounts {

    private Amounts() {
    }

    /** The amount, or {@code null} for no price; a text that is no number rejects the file. */
    public static BigDecimal parse(String text, String where) {
        if (text == null) {
            return null;
        }
        String cleaned = text.strip().replace("$", "").replace(",", "");
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            return positiveOrNull(new BigDecimal(cleaned), where);
        } catch (NumberFormatException e) {
            throw new MalformedPriceFileException("not an amount at " + where + ": '" + text + "'", e);
        }
    }

    public static BigDecimal positiveOrNull(BigDecimal amount, String where) {
        if (amount == null || amount.signum() == 0) {
            return null;
        }
        if (amount.signum() < 0) {
            throw new MalformedPriceFileException("negative amount at " + where + ": " + amount.toPlainString());
        }
        // four decimals at most (the store's scale); upstream averages carry more only as float noise
        return amount.scale() > 4 ? amount.setScale(4, java.math.RoundingMode.HALF_UP) : amount;
    }
}
