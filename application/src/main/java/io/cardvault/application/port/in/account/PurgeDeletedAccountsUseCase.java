package io.cardvault.application.port.in.account;

/**
 * Use case (scheduled): remove the accounts whose deletion grace has passed, with their personal
 * data, in one transaction; returns how many went.
 */
public interface PurgeDeletedAccountsUseCase {

    int purgeDue();
}
