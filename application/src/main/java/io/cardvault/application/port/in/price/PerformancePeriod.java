package io.cardvault.application.port.in.price;

import java.util.Arrays;
import java.util.Optional;

/** The windows {@code /performance} reports on. */
public enum PerformancePeriod {
    D7("7d", 7), D30("30d", 30), D90("90d", 90), Y1("1y", 365);

    private final String code;
    private final int days;

    PerformancePeriod(String code, int days) {
        this.code = code;
        this.days = days;
    }

    public String code() {
        return code;
    }

    public int days() {
        return days;
    }

    public static Optional<PerformancePeriod> find(String code) {
        return Arrays.stream(values()).filter(period -> period.code.equals(code)).findFirst();
    }
}
