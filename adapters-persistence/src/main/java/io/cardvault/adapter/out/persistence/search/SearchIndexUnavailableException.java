package io.cardvault.adapter.out.persistence.search;

/** The catalogue could not be read to build the search index (database down): the search fails as a server error. */
final class SearchIndexUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    SearchIndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
