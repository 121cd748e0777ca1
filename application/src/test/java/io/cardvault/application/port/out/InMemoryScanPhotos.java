package io.cardvault.application.port.out;

import io.cardvault.domain.scan.ScanSessionId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Scan photos in memory. */
public class InMemoryScanPhotos implements ScanPhotoStorePort {

    private final Map<String, byte[]> photos = new HashMap<>();

    @Override
    public synchronized void keep(ScanSessionId session, int cardIndex, byte[] webp) {
        photos.put(session.value() + "/" + cardIndex, webp.clone());
    }

    @Override
    public synchronized Optional<byte[]> find(ScanSessionId session, int cardIndex) {
        return Optional.ofNullable(photos.get(session.value() + "/" + cardIndex)).map(byte[]::clone);
    }

    @Override
    public synchronized void deleteAll(ScanSessionId session) {
        photos.keySet().removeIf(key -> key.startsWith(session.value() + "/"));
    }
}
