package io.cardvault.domain.shared;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * What an image file's header says: its format and its size in pixels, read from the few bytes
 * that state them (PNG's IHDR, JPEG's SOF segment, WebP's VP8/VP8L/VP8X chunk) without decoding a
 * pixel, so a small file that claims a huge picture costs nothing to refuse.
 */
public record ImageHeader(ImageFormat format, long width, long height) {

    public ImageHeader {
        if (format == null || width < 1 || height < 1) {
            throw corrupt();
        }
    }

    public long pixels() {
        return width * height;
    }

    /**
     * The header of a JPEG, PNG or WebP file.
     *
     * @throws RejectedImageException {@code UNSUPPORTED_TYPE} for other bytes, {@code CORRUPT_HEADER}
     *                                for a header that is malformed or cut off
     */
    public static ImageHeader read(byte[] bytes) {
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new RejectedImageException(
                RejectedImageException.Reason.UNSUPPORTED_TYPE, "image must be a JPEG, PNG or WebP file"));
        return switch (format) {
            case PNG -> png(bytes);
            case JPEG -> jpeg(bytes);
            case WEBP -> webp(bytes);
        };
    }

    /** The IHDR chunk, which must come first, checked against its CRC. */
    private static ImageHeader png(byte[] b) {
        if (b.length < 33 || int32(b, 8) != 13 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            throw corrupt();
        }
        CRC32 crc = new CRC32();
        crc.update(b, 12, 17);
        if (crc.getValue() != (int32(b, 29) & 0xffffffffL)) {
            throw corrupt();
        }
        long width = int32(b, 16) & 0xffffffffL;
        long height = int32(b, 20) & 0xffffffffL;
        // the format allows at most 2^31 - 1 either way
        if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw corrupt();
        }
        return new ImageHeader(ImageFormat.PNG, width, height);
    }

    /** Walks the marker segments up to the first start-of-frame; none before the scan data is corrupt. */
    private static ImageHeader jpeg(byte[] b) {
        int at = 2;
        while (at < b.length) {
            if ((b[at] & 0xff) != 0xff) {
                throw corrupt();
            }
            while (at < b.length && (b[at] & 0xff) == 0xff) {
                at++; // fill bytes
            }
            if (at >= b.length) {
                break;
            }
            int marker = b[at++] & 0xff;
            if (marker == 0x01 || marker == 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue; // markers without a length
            }
            if (marker == 0xd9 || marker == 0xda || at + 2 > b.length) {
                break; // end of image or scan data before any frame header, or cut off
            }
            int length = uint16(b, at);
            if (length < 2 || at + length > b.length) {
                break;
            }
            if (isStartOfFrame(marker)) {
                if (length < 8) {
                    break;
                }
                // precision (1 byte), then lines and samples per line; zero lines (a later DNL) is refused:
                // nothing would bound the picture before decoding it
                return new ImageHeader(ImageFormat.JPEG, uint16(b, at + 5), uint16(b, at + 3));
            }
            at += length;
        }
        throw corrupt();
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    /** The first chunk after {@code RIFF <size> WEBP}: lossy, lossless or extended. */
    private static ImageHeader webp(byte[] b) {
        if (b.length < 30) {
            throw corrupt();
        }
        String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
        int data = 20;
        return switch (chunk) {
            case "VP8 " -> {
                // a key frame's tag (3 bytes), the start code 9d 01 2a, then 14-bit width and height
                if ((b[data + 3] & 0xff) != 0x9d || (b[data + 4] & 0xff) != 0x01 || (b[data + 5] & 0xff) != 0x2a) {
                    throw corrupt();
                }
                yield new ImageHeader(ImageFormat.WEBP, uint16le(b, data + 6) & 0x3fff, uint16le(b, data + 8) & 0x3fff);
            }
            case "VP8L" -> {
                if ((b[data] & 0xff) != 0x2f) {
                    throw corrupt();
                }
                long bits = int32le(b, data + 1) & 0xffffffffL;
                yield new ImageHeader(ImageFormat.WEBP, (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
            }
            case "VP8X" -> new ImageHeader(ImageFormat.WEBP, uint24le(b, data + 4) + 1L, uint24le(b, data + 7) + 1L);
            default -> throw corrupt();
        };
    }

    private static RejectedImageException corrupt() {
        return new RejectedImageException(RejectedImageException.Reason.CORRUPT_HEADER, "image header is corrupt or truncated");
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    private static int uint16le(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int uint24le(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
    }

    private static int int32le(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }
}
