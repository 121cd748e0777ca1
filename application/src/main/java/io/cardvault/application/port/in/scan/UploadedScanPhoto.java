package io.cardvault.application.port.in.scan;

import io.cardvault.domain.scan.ScanSessionId;
import java.util.Locale;

/** A kept scan photo: its card index, where it is served and its size in bytes. */
public record UploadedScanPhoto(int cardIndex, String imageUrl, long size) {

    /** Served by the scan photo route; the session id and index are the whole path. */
    public static String urlOf(ScanSessionId session, int cardIndex) {
        return String.format(Locale.ROOT, "/static/scans/%s/%d.webp", session.value(), cardIndex);
    }
}
