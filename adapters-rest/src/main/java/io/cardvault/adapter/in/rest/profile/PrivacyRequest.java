package io.cardvault.adapter.in.rest.profile;

import jakarta.validation.constraints.NotNull;

/** {@code POST /me/privacy}: whether the collection shows on the public page. */
public record PrivacyRequest(@NotNull Boolean isCollectionPublic) {
}
