/**
 * Accounts and their programmatic access: who a user is (username, email, password rules), the
 * subscription tier that sets request quotas and key counts, and the API keys an account holds.
 */
package io.cardvault.domain.account;
