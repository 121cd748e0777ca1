package io.cardvault.application.port.in.recognition;

import java.util.Objects;
import java.util.Optional;

/**
 * One uploaded photo to recognise: its bytes (the use case checks the format by its magic bytes),
 * an optional game to restrict the answer to, whether intermediate data is wanted, and the caller.
 */
public record RecognizeCardCommand(byte[] image, Optional<String> tcgSlug, boolean debug, RecognitionCaller caller) {

    public RecognizeCardCommand {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(tcgSlug, "tcgSlug");
        Objects.requireNonNull(caller, "caller");
        image = image.clone();
        tcgSlug = tcgSlug.map(String::strip).filter(slug -> !slug.isEmpty());
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecognizeCardCommand command && java.util.Arrays.equals(image, command.image)
                && tcgSlug.equals(command.tcgSlug) && debug == command.debug && caller.equals(command.caller);
    }

    @Override
    public int hashCode() {
        return Objects.hash(java.util.Arrays.hashCode(image), tcgSlug, debug, caller);
    }

    @Override
    public String toString() {
        return "RecognizeCardCommand[" + image.length + " bytes, tcgSlug=" + tcgSlug + ", debug=" + debug + "]";
    }
}
