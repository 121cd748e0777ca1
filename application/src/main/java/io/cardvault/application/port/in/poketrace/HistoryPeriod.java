package io.cardvault.application.port.in.poketrace;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** How far back a tier's history goes: 7, 30 or 90 days, a year, or all that is stored. */
public enum HistoryPeriod {
    DAYS_7("7d", 7),
    DAYS_30("30d", 30),
    DAYS_90("90d", 90),
    YEAR("1y", 365),
    ALL("all", 0);

    /** Older than any stored price: "all" reads from here. */
    private static final LocalDate BEGINNING = LocalDate.of(1990, 1, 1);

    private final String code;
    private final int days;

    HistoryPeriod(String code, int days) {
        this.code = code;
        this.days = days;
    }

    public String code() {
        return code;
    }

    public static Optional<HistoryPeriod> find(String code) {
        return Arrays.stream(values()).filter(period -> period.code.equals(code)).findFirst();
    }

    /** The first day the period covers when it ends on {@code today} (both days included). */
    public LocalDate from(LocalDate today) {
        return days == 0 ? BEGINNING : today.minusDays(days - 1L);
    }
}
