package io.cardvault.application.service.recognition;

import io.cardvault.application.port.in.recognition.RecognitionRefusedException;
import io.cardvault.application.port.out.recognition.CardPhoto;

/**
 * The upload rule of the recognition routes: JPEG, PNG or WebP as its first bytes say (a client
 * can claim any Content-Type), at most {@link CardPhoto#MAX_BYTES}.
 */
final class UploadedImages {

    private UploadedImages() {
    }

    static CardPhoto photo(byte[] image) {
        if (!supported(image)) {
            throw new RecognitionRefusedException(RecognitionRefusedException.Reason.UNSUPPORTED_IMAGE,
                    "image must be a JPEG, PNG or WebP file");
        }
        return new CardPhoto(image);
    }

    static boolean supported(byte[] b) {
        if (b == null || b.length < 12 || b.length > CardPhoto.MAX_BYTES) {
            return false;
        }
        boolean jpeg = (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
        boolean png = (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == '\r' && b[5] == '\n' && b[6] == 0x1a && b[7] == '\n';
        boolean webp = b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P';
        return jpeg || png || webp;
    }
}
