/**
 * Integration tests ({@code *IT}, run by Failsafe): the real WAR on a Liberty server of their own
 * with a real MariaDB (embedded, or the one named by {@code CARDVAULT_DB_URL}), reached over HTTP.
 */
package io.cardvault.it;
