package io.cardvault.adapter.in.rest.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /api/notifications/read}: {@code {"ids": [1, 2]}} or {@code {"all": true}}. */
public record MarkReadRequest(@Size(max = 500) List<@NotNull @Positive Long> ids, Boolean all) {
}
