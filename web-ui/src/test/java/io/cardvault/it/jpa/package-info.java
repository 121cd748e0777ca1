/**
 * In-container tests of the JPA adapters (Arquillian, {@code *IT}, run by Failsafe): each class
 * deploys a small archive (the account JPA package, its persistence unit, the ports and the port
 * contracts) to a second Liberty server, {@code cardvault-arquillian}, and runs its tests inside it
 * with JTA on real MariaDB: the integration-test server's embedded one, in a database of its own
 * that {@link io.cardvault.it.jpa.JpaArchive} migrates with the real Flyway migrations first.
 */
package io.cardvault.it.jpa;
