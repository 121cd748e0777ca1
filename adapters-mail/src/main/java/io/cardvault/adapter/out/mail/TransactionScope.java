package io.cardvault.adapter.out.mail;

/** Whether the caller is inside a transaction, and a way to act once it has committed (a seam for the tests). */
@FunctionalInterface
interface TransactionScope {

    /**
     * Runs the action after the caller's active transaction commits (never if it rolls back) and
     * answers true; answers false, running nothing, when no transaction is active.
     */
    boolean afterCommit(Runnable action);

    /** Outside a server: never a transaction. */
    TransactionScope NONE = action -> false;
}
