/**
 * How driven adapters whose effects leave the database (mail, the cluster) follow the caller's
 * transaction: the use case is the transaction, so those effects wait for its commit and are
 * dropped on rollback. Only {@code jakarta.transaction} appears here; the server's registry reaches
 * an adapter by injection.
 */
package io.cardvault.application.port.out.transaction;
