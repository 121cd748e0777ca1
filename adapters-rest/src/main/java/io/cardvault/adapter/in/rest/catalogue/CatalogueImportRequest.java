package io.cardvault.adapter.in.rest.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code {"sources": ["tcgdex-en"]}}; no body or no sources: every configured source. */
public record CatalogueImportRequest(@Size(max = 16) List<@NotBlank @Size(max = 32) String> sources) {
}
