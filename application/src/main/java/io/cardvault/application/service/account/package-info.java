/** Services of accounts, sessions, API keys and rate limits; one per use case. */
package io.cardvault.application.service.account;
