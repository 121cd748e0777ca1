/**
 * The photo fingerprint benchmark (issue 23): protected listing photos, watermarked and
 * fingerprinted by the server's own adapter, re-posted with edits and matched back; unrelated card
 * photos give the false-match rate.
 */
package io.cardvault.bench.fingerprint;
