/**
 * Services of trust codes (issue 23): the code lookup (answers held a few seconds, a fresh lookup
 * padded to one floor so a code's existence does not show in the time), the photo check (nearest
 * protected fingerprint), and the verification routes' own per-address quota. Codes are given and
 * photos watermarked by the marketplace's services when a protected listing goes on sale
 * ({@code service.marketplace.ListingProtection}).
 */
package io.cardvault.application.service.trust;
