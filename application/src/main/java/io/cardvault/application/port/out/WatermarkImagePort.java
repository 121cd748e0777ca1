package io.cardvault.application.port.out;

import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.trust.ConfirmationCode;

/**
 * Outgoing port: re-renders a kept (sanitized) listing photo with a visible watermark carrying the
 * listing's confirmation code and the platform's name, spread over the photo so that no crop of a
 * corner or an edge removes it; encoded again in the photo's own format.
 */
public interface WatermarkImagePort {

    byte[] watermark(byte[] encoded, ImageFormat format, ConfirmationCode code, String platform);
}
