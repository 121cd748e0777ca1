package io.cardvault.application.port.out;

/** The Java2D fake sanitizes as the OpenCV adapter does (JPEG and PNG). */
class JavaImageSanitizerTest extends SanitizeImagePortContract {

    @Override
    protected SanitizeImagePort sanitizer() {
        return new JavaImageSanitizer();
    }
}
