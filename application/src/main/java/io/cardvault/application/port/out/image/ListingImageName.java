package io.cardvault.application.port.out.image;

import io.cardvault.domain.shared.ImageFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A listing photo's stored name, {@code <yyyy>/<mm>/<sha-256 of its bytes>.<jpg|png|webp>}: the
 * month it was first kept (so no directory grows without end) and its content's hash (so the name
 * never points at other bytes). The name is all a served URL carries, so {@link #parse} accepts
 * exactly this shape and nothing that could climb out of the store's directory.
 */
public record ListingImageName(YearMonth month, String sha256, ImageFormat format) {

    private static final Pattern SHAPE = Pattern.compile("([0-9]{4})/([0-9]{2})/([0-9a-f]{64})\\.(jpg|png|webp)");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    public ListingImageName {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        if (!HASH.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a listing photo's name is its lower-case hex SHA-256");
        }
        if (month.getYear() < 1000 || month.getYear() > 9999) {
            throw new IllegalArgumentException("a listing photo's month has a four-digit year: " + month);
        }
    }

    /** The name bytes of {@code format} are kept under in {@code month}: the SHA-256 of the bytes. */
    public static ListingImageName of(YearMonth month, byte[] bytes, ImageFormat format) {
        try {
            return new ListingImageName(month, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    format);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is on every Java platform", e);
        }
    }

    /** The name of the path part of a photo's URL, when it has exactly the shape names have. */
    public static Optional<ListingImageName> parse(String path) {
        if (path == null) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(matcher.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(new ListingImageName(YearMonth.of(Integer.parseInt(matcher.group(1)), month),
                matcher.group(3), formatOf(matcher.group(4))));
    }

    /** {@code 2026/05/<hash>.webp}. */
    public String path() {
        return String.format(Locale.ROOT, "%04d/%02d/%s.%s", month.getYear(), month.getMonthValue(), sha256, extension(format));
    }

    public static String extension(ImageFormat format) {
        return switch (format) {
            case JPEG -> "jpg";
            case PNG -> "png";
            case WEBP -> "webp";
        };
    }

    private static ImageFormat formatOf(String extension) {
        return switch (extension) {
            case "jpg" -> ImageFormat.JPEG;
            case "png" -> ImageFormat.PNG;
            default -> ImageFormat.WEBP;
        };
    }
}
