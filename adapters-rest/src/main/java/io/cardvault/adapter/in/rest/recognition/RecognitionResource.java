package io.cardvault.adapter.in.rest.recognition;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.upload.ImageUploads;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.account.ApiCaller;
import io.cardvault.application.port.in.account.InvalidCredentialsException;
import io.cardvault.application.port.in.recognition.ConfirmScanUseCase;
import io.cardvault.application.port.in.recognition.DetectCardOutlineUseCase;
import io.cardvault.application.port.in.recognition.RecognitionCaller;
import io.cardvault.application.port.in.recognition.RecognizeCardCommand;
import io.cardvault.application.port.in.recognition.RecognizeCardUseCase;
import io.cardvault.application.port.in.recognition.RecognitionRefusedException;
import io.cardvault.application.port.in.scan.ScanAccess;
import io.cardvault.application.port.in.scan.VerifyScanTokenUseCase;
import io.cardvault.domain.catalogue.CardId;
import io.cardvault.domain.scan.ScanSessionId;
import io.cardvault.domain.scan.ScanSessionRefusedException;
import io.cardvault.domain.shared.ImageUploadGuard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/cards/recognize}, {@code /recognize/detect} and {@code /recognize/confirm}.
 * Every route needs a caller (session cookie or API key; anonymous is 401); {@code /detect} also
 * admits a phone paired through a scan session, by its claim token ({@code X-Scan-Token}) and the
 * session's id ({@code X-Scan-Session}) while the session lives (a wrong, completed or expired one is
 * 401 like no caller; the admission filter counts such anonymous calls per address like the
 * session's own routes). Recognition by API key
 * needs Starter or above and spends the tier's daily quota; sessions are unlimited; detect and
 * confirm spend nothing. Photos: multipart field {@code image} through the upload guard
 * ({@link ImageUploadGuard#PHOTO}: at most 10 MB, else 413; JPEG/PNG/WebP by their first bytes, else
 * 415; a sound header of at most 40 megapixels and 12,000 pixels a side, else 422); a missing field is 422.
 */
@Path("/api/cards/recognize")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recognition")
@APIResponse(responseCode = "401", description = "Neither a session nor an API key",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public class RecognitionResource {

    private static final int MAX_FIELD_BYTES = 1024;
    static final String SCAN_TOKEN = "X-Scan-Token";
    static final String SCAN_SESSION = "X-Scan-Session";
    static final String SCAN_TOKEN_REFUSED = "Invalid or expired scan token";

    private final RecognizeCardUseCase recognize;
    private final DetectCardOutlineUseCase detect;
    private final ConfirmScanUseCase confirm;
    private final VerifyScanTokenUseCase scanTokens;

    @Inject
    public RecognitionResource(RecognizeCardUseCase recognize, DetectCardOutlineUseCase detect, ConfirmScanUseCase confirm,
                               VerifyScanTokenUseCase scanTokens) {
        this.recognize = recognize;
        this.detect = detect;
        this.confirm = confirm;
        this.scanTokens = scanTokens;
    }

    /** For CDI's client proxy only. */
    protected RecognitionResource() {
        this(null, null, null, null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Recognize a card", description = "Multipart: image (JPEG/PNG/WebP, at most 10 MB), "
            + "tcg_slug (optional), debug (default false). Candidates best first with score components.")
    @APIResponse(responseCode = "200", description = "scan_id, candidates and capture_quality")
    public Response recognize(List<EntityPart> parts, @Context HttpServletRequest request) {
        RecognitionCaller caller = caller(request);
        Form form = Form.read(parts);
        if (form.failure().isPresent()) {
            return form.failure().get();
        }
        boolean debug = form.debug();
        return Response.ok(RecognitionResponses.recognized(
                recognize.recognize(new RecognizeCardCommand(form.image(), form.tcgSlug(), debug, caller)), debug)).build();
    }

    @POST
    @Path("/detect")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Card outline preview", description = "Same form as /recognize; answers the card's contour "
            + "and the capture advice only, so the camera can ask to move closer (or left, or out of the glare) before "
            + "spending a recognition. Consumes no quota. Besides a session or an API key, a phone paired through a scan "
            + "session may call it with the headers X-Scan-Token (its claim token) and X-Scan-Session (the session id) "
            + "while the session is pending, claimed or active.")
    @APIResponse(responseCode = "200", description = "card_found, the contour's four corners and advice "
            + "[{code: cut_off|too_far|glare|blurred|too_dark, side: left|right|top|bottom (cut_off only) or null}]")
    public Response detect(List<EntityPart> parts, @HeaderParam(SCAN_TOKEN) String scanToken,
                           @HeaderParam(SCAN_SESSION) String scanSession, @Context HttpServletRequest request) {
        admitPreview(request, scanToken, scanSession);
        Form form = Form.read(parts);
        if (form.failure().isPresent()) {
            return form.failure().get();
        }
        return Response.ok(RecognitionResponses.detected(detect.detect(form.image()))).build();
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm a scan", description = "The scan showed card card_id: it becomes an extra reference "
            + "for that card (self-learning). Consumes no quota.")
    @APIResponse(responseCode = "200", description = "Stored")
    public Response confirm(ConfirmRequest body, @Context HttpServletRequest request) {
        return confirmScan(body == null ? null : body.scanId(), body == null ? null : body.cardId(), "body", request);
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmForm(@FormParam("scan_id") String scanId, @FormParam("card_id") String cardId,
                                @Context HttpServletRequest request) {
        Long id = null;
        if (cardId != null && !cardId.isBlank()) {
            try {
                id = Long.valueOf(cardId.strip());
            } catch (NumberFormatException e) {
                return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", "card_id"),
                        "value is not a valid integer", "type_error.integer")));
            }
        }
        return confirmScan(scanId, id, "body", request);
    }

    private Response confirmScan(String scanId, Long cardId, String location, HttpServletRequest request) {
        caller(request);
        List<FieldError> errors = new ArrayList<>();
        if (scanId == null || scanId.isBlank()) {
            errors.add(new FieldError(List.of(location, "scan_id"), "field required", "value_error.missing"));
        }
        if (cardId == null) {
            errors.add(new FieldError(List.of(location, "card_id"), "field required", "value_error.missing"));
        }
        if (!errors.isEmpty()) {
            return ValidationErrorResponse.of(errors);
        }
        if (cardId < 1) { // no card has such an id: the same 404 as an unknown one, not a malformed request
            throw new RecognitionRefusedException(RecognitionRefusedException.Reason.CARD_NOT_FOUND, "Card not found: " + cardId);
        }
        confirm.confirm(scanId.strip(), new CardId(cardId));
        return Response.ok(new RecognitionResponses.Confirmed(scanId.strip(), cardId, true)).build();
    }

    /**
     * A caller, or a phone with a live scan session's token. Every refusal of the token is the one
     * 401: a phone has nothing to fix but to pair again, and a guesser learns nothing.
     */
    private void admitPreview(HttpServletRequest request, String scanToken, String scanSession) {
        if (RequestCaller.session(request).isPresent() || RequestCaller.apiKey(request).isPresent()) {
            return;
        }
        Optional<String> token = Optional.ofNullable(scanToken).map(String::strip).filter(value -> !value.isEmpty());
        if (token.isEmpty()) {
            throw new InvalidCredentialsException("Not authenticated");
        }
        ScanSessionId session = Optional.ofNullable(scanSession).flatMap(id -> ScanSessionId.parse(id.strip()))
                .orElseThrow(() -> new InvalidCredentialsException(SCAN_TOKEN_REFUSED));
        try {
            scanTokens.verify(session, new ScanAccess.Token(token.get()));
        } catch (ScanSessionRefusedException e) {
            throw new InvalidCredentialsException(SCAN_TOKEN_REFUSED);
        }
    }

    private static RecognitionCaller caller(HttpServletRequest request) {
        return RequestCaller.session(request).map(RecognitionCaller::session)
                .or(() -> RequestCaller.apiKey(request).map(RecognitionCaller::apiKey))
                .orElseThrow(() -> new InvalidCredentialsException("Not authenticated"));
    }

    /** The multipart form as read: the image bytes and the two optional fields, or the error answer. */
    private record Form(byte[] image, Optional<String> tcgSlug, boolean debug, Optional<Response> failure) {

        static Form failed(Response failure) {
            return new Form(new byte[0], Optional.empty(), false, Optional.of(failure));
        }

        static Form read(List<EntityPart> parts) {
            byte[] image = null;
            Optional<String> tcgSlug = Optional.empty();
            String debug = null;
            for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
                switch (part.getName()) {
                    // the upload guard: 413 past 10 MB, 415 unless JPEG/PNG/WebP by its bytes, 422 for a corrupt
                    // header or more than 40 megapixels, all before anything decodes it
                    case "image" -> image = ImageUploads.read(part.getContent(), ImageUploadGuard.PHOTO);
                    case "tcg_slug" -> tcgSlug = Optional.ofNullable(text(part)).map(String::strip).filter(s -> !s.isEmpty());
                    case "debug" -> debug = text(part);
                    default -> {
                        // unknown fields are ignored, as form handlers do
                    }
                }
            }
            if (image == null || image.length == 0) {
                return failed(ValidationErrorResponse.of(List.of(new FieldError(List.of("body", "image"),
                        "field required", "value_error.missing"))));
            }
            Optional<Boolean> flag = parseBoolean(debug);
            if (flag.isEmpty()) {
                return failed(ValidationErrorResponse.of(List.of(new FieldError(List.of("body", "debug"),
                        "value could not be parsed to a boolean", "type_error.bool"))));
            }
            return new Form(image, tcgSlug, flag.get(), Optional.empty());
        }

        private static String text(EntityPart part) {
            byte[] bytes = ImageUploads.readAtMost(part.getContent(), MAX_FIELD_BYTES);
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        /** Empty (absent) is false; otherwise the words FastAPI accepts for a bool. */
        static Optional<Boolean> parseBoolean(String text) {
            if (text == null || text.isBlank()) {
                return Optional.of(false);
            }
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "on" -> Optional.of(true);
                case "false", "0", "no", "off" -> Optional.of(false);
                default -> Optional.empty();
            };
        }
    }
}
