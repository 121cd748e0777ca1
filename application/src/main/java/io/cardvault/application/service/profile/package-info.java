/** Profiles' services: one per use case, each the transaction. */
package io.cardvault.application.service.profile;
