package io.cardvault.application.port.in.notification;

/** What one price change fired: alerts triggered, wishes under their max price notified, and mails handed to the mail port. */
public record FiredPriceWatches(int alerts, int wishes, int mails) {

    public static final FiredPriceWatches NONE = new FiredPriceWatches(0, 0, 0);

    public FiredPriceWatches {
        if (alerts < 0 || wishes < 0 || mails < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }
}
