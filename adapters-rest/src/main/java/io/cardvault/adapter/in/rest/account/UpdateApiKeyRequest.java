package io.cardvault.adapter.in.rest.account;

import jakarta.validation.constraints.Size;

/** {@code PATCH /api/keys/{id}}: a new name and/or {@code is_active}; absent fields stay. */
public record UpdateApiKeyRequest(@Size(min = 1, max = 100) String name, Boolean isActive) {
}
