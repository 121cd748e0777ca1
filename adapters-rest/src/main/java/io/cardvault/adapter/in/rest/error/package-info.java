/**
 * The API's one error family, in the FastAPI shape the spec documents: {@code {"detail": "…"}}
 * for every non-2xx answer, and 422 with a per-field {@code loc/msg/type} list for validation.
 * No stack trace ever leaves the server.
 */
package io.cardvault.adapter.in.rest.error;
