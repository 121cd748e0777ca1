package io.cardvault.adapter.out.persistence;

/**
 * Which unique key refused a row, read from the driver's message along the cause chain: a JPA
 * adapter sees the database's refusal only as a {@code PersistenceException} and may use no JDBC
 * types, and MariaDB names the key in its message ({@code Duplicate entry … for key 'uk_…'}).
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** Whether the key with this name is what refused the write that failed. */
    public static boolean refusedBy(Throwable failure, String key) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains(key)) {
                return true;
            }
        }
        return false;
    }
}
