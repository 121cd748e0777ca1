/**
 * Use cases of trust codes (issue 23): verifying a confirmation code, checking a photo found
 * elsewhere against the protected listings' fingerprints, and the per-address limit both are held to.
 */
package io.cardvault.application.port.in.trust;
