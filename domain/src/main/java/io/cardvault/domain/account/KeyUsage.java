package io.cardvault.domain.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How often a key was used on one UTC day: {@code calls_today} of the key list. A count for an
 * earlier day reads as 0, so the daily figure resets at midnight UTC without anyone writing it.
 */
public record KeyUsage(LocalDate day, long calls) {

    public static final KeyUsage NONE = new KeyUsage(null, 0);

    public KeyUsage {
        if (calls < 0) {
            throw new InvalidAccountDataException("calls_today", "a call count cannot be negative");
        }
        if (day == null && calls != 0) {
            throw new InvalidAccountDataException("calls_today", "calls need the day they were made on");
        }
    }

    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    public long callsOn(LocalDate today) {
        return today.equals(day) ? calls : 0;
    }

    /** Adds {@code more} calls made on {@code on}; a later day starts a new count, an earlier one is history. */
    public KeyUsage plus(LocalDate on, long more) {
        if (day == null || on.isAfter(day)) {
            return new KeyUsage(on, more);
        }
        return on.equals(day) ? new KeyUsage(day, calls + more) : this;
    }
}
