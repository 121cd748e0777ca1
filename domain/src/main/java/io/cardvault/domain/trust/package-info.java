/**
 * Trust codes (issue 23): the confirmation code a protected listing's photos carry in their
 * watermark, and the perceptual fingerprint that recognises a protected photo re-posted elsewhere
 * (re-compressed, resized, cropped a little, recoloured). Plain Java; the image work behind the
 * fingerprint is an adapter's, the comparison is here.
 */
package io.cardvault.domain.trust;
