package io.cardvault.application.port.out.recognition;

import java.util.Arrays;

/**
 * The engine's global descriptor of one photographed card, opaque to the application: stored
 * with the scan, and handed back to the engine as an extra reference once the user confirms.
 */
public record ScanFingerprint(byte[] bytes) {

    public ScanFingerprint {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("fingerprint bytes are required");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScanFingerprint fingerprint && Arrays.equals(bytes, fingerprint.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ScanFingerprint[" + bytes.length + " bytes]";
    }
}
