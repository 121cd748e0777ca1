package io.cardvault.application.port.out;

import io.cardvault.domain.shared.ImageFormat;
import io.cardvault.domain.trust.ConfirmationCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Fake {@link WatermarkImagePort}: appends the mark's text to the bytes, so a test can read what was marked. */
public final class MarkingWatermarks implements WatermarkImagePort {

    @Override
    public byte[] watermark(byte[] encoded, ImageFormat format, ConfirmationCode code, String platform) {
        byte[] mark = ("|" + platform + " " + code.value()).getBytes(StandardCharsets.US_ASCII);
        byte[] marked = Arrays.copyOf(encoded, encoded.length + mark.length);
        System.arraycopy(mark, 0, marked, encoded.length, mark.length);
        return marked;
    }

    public static String markOf(byte[] marked) {
        String text = new String(marked, StandardCharsets.ISO_8859_1);
        return text.substring(text.lastIndexOf('|') + 1);
    }
}
