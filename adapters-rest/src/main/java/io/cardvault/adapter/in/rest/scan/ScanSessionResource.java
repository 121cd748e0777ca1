package io.cardvault.adapter.in.rest.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.cardvault.adapter.in.rest.JsonConfiguration;
import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.adapter.in.rest.recognition.RecognitionResponses;
import io.cardvault.adapter.in.rest.upload.ImageUploads;
import io.cardvault.adapter.in.rest.upload.UploadParts;
import io.cardvault.application.port.in.recognition.RecognitionCaller;
import io.cardvault.application.port.in.recognition.RecognizeCardCommand;
import io.cardvault.application.port.in.recognition.RecognizeCardUseCase;
import io.cardvault.application.port.in.scan.ClaimScanSessionUseCase;
import io.cardvault.application.port.in.scan.CompleteScanSessionUseCase;
import io.cardvault.application.port.in.scan.GetScanInvitationUseCase;
import io.cardvault.application.port.in.scan.GetScanPhotoUseCase;
import io.cardvault.application.port.in.scan.GetScanSessionUseCase;
import io.cardvault.application.port.in.scan.RecordScanResultsUseCase;
import io.cardvault.application.port.in.scan.ScanAccess;
import io.cardvault.application.port.in.scan.ScanSessionView;
import io.cardvault.application.port.in.scan.UploadScanPhotoUseCase;
import io.cardvault.application.port.in.scan.UploadedScanPhoto;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.scan.ClaimToken;
import io.cardvault.domain.scan.ScanSessionId;
import io.cardvault.domain.scan.ScanSessionRefusedException;
import io.cardvault.domain.scan.ScanStatus;
import io.cardvault.domain.shared.ImageUploadGuard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One scan session, {@code /api/scan-sessions/{id}/…}. The owner's side (signed in; another
 * account's session is 404): the session ({@code GET}, also by token), its event stream
 * ({@code GET …/sse}) and, public while the session waits for its phone, the QR code of the deeplink
 * ({@code GET …/qr.png}). The phone's side, by claim token ({@code ?token=} or {@code X-Scan-Token};
 * missing or wrong 401): {@code POST …/claim}, {@code …/upload-photo}, {@code …/results},
 * {@code …/complete}. A second claim, a photo before the claim or after completion 409; an expired
 * session 410. Nothing here is cached.
 */
@Path("/api/scan-sessions/{id}")
@RequestScoped
@Tag(name = "Scanning")
@APIResponse(responseCode = "404", description = "No such session (or another account's)",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
public class ScanSessionResource {

    static final int QR_SIZE = 256;
    /** The QR standard's quiet zone: a phone finds the code on a busy screen more surely with it. */
    static final int QUIET_ZONE_MODULES = 4;
    /** A batch a phone sends between two photos; far above one card, low enough to bound a request's work. */
    static final int MAX_CARDS_PER_BATCH = 100;

    private final GetScanSessionUseCase sessions;
    private final ClaimScanSessionUseCase claim;
    private final UploadScanPhotoUseCase upload;
    private final RecordScanResultsUseCase results;
    private final CompleteScanSessionUseCase complete;
    private final GetScanInvitationUseCase invitation;
    private final GetScanPhotoUseCase photos;
    private final RecognizeCardUseCase recognize;
    private final ScanStreams streams;
    private final String siteUrl;

    @Inject
    public ScanSessionResource(GetScanSessionUseCase sessions, ClaimScanSessionUseCase claim, UploadScanPhotoUseCase upload,
                               RecordScanResultsUseCase results, CompleteScanSessionUseCase complete,
                               GetScanInvitationUseCase invitation, GetScanPhotoUseCase photos, RecognizeCardUseCase recognize,
                               ScanStreams streams, @ConfigProperty(name = "CARDVAULT_SITE_URL") String siteUrl) {
        this.sessions = sessions;
        this.claim = claim;
        this.upload = upload;
        this.results = results;
        this.complete = complete;
        this.invitation = invitation;
        this.photos = photos;
        this.recognize = recognize;
        this.streams = streams;
        this.siteUrl = siteUrl;
    }

    /** For CDI's client proxy only. */
    protected ScanSessionResource() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A scan session", description = "For its owner (session cookie) or its phone (?token= or "
            + "X-Scan-Token): status (pending, claimed, active, completed, expired), device_name, results, expires_at.")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "401", description = "Neither the owner nor the session's token")
    public Response get(@PathParam("id") String id, @BeanParam PresentedToken token,
                        @Context HttpServletRequest request) {
        return noStore(ScanSessionResponses.Session.from(sessions.get(sessionId(id), token.orOwner(request))));
    }

    @GET
    @Path("/sse")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The session's event stream", description = "Owner only. Server-sent events claimed "
            + "{device_name}, photo {card_index, image_url}, result {card_index, recognition}, completed {count}; a "
            + "comment line every 15 s; the stream ends after completed or when the session expires.")
    @APIResponse(responseCode = "200", description = "text/event-stream")
    @APIResponse(responseCode = "410", description = "The session expired")
    public void stream(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse,
                       @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        ScanSessionView view = sessions.get(sessionId(id), ScanAccess.owner(owner));
        if (view.status() == ScanStatus.EXPIRED) {
            throw new ScanSessionRefusedException(ScanSessionRefusedException.Reason.EXPIRED, "Scan session expired");
        }
        streams.open(view.id(), sink, sse, view.expiresAt());
    }

    @GET
    @Path("/qr.png")
    @Produces("image/png")
    @Operation(summary = "QR code of the deeplink", description = "A 256×256 PNG encoding the deeplink with the claim "
            + "token. Public, while the session waits for its phone: once claimed (or expired) it is 404, so it never "
            + "hands out the credential of a phone at work.")
    @APIResponse(responseCode = "200", description = "image/png")
    public Response qr(@PathParam("id") String id) {
        ScanSessionId session = sessionId(id);
        Optional<ClaimToken> token = invitation.invitation(session);
        if (token.isEmpty()) {
            return ErrorResponse.of(404, "Scan session not found or already claimed");
        }
        return Response.ok(qrPng(ScanSessionsResource.deeplink(siteUrl, session, token.get())), "image/png")
                .header("Cache-Control", ScanSessionsResource.NO_STORE).build();
    }

    @POST
    @Path("/claim")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The phone claims the session", description = "By ?token= (or X-Scan-Token) with device_name "
            + "(query, form or JSON body). Single use: a second claim is 409. Pushes claimed on the owner's stream.")
    @APIResponse(responseCode = "200", description = "session_id, status, device_name, confirmation_code, expires_at")
    @APIResponse(responseCode = "409", description = "Already claimed")
    public Response claim(@PathParam("id") String id, @BeanParam PresentedToken token,
                          @QueryParam("device_name") String deviceName, String body, @Context HttpServletRequest request) {
        String device = deviceName != null ? deviceName : ScanBodies.deviceName(body, request.getContentType());
        ScanSessionView claimed = claim.claim(sessionId(id), token.require(), device);
        return noStore(new ScanSessionResponses.Claimed(claimed.id().value(), claimed.status().code(),
                claimed.deviceName().orElse(null), claimed.confirmationCode().value(),
                ScanSessionResponses.time(claimed.expiresAt())));
    }

    @POST
    @Path("/upload-photo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a scan photo", description = "Token-authenticated multipart, one file (field file; "
            + "image is also read): JPEG, PNG or WebP, at most 10 MB and 40 megapixels. Turned +90° clockwise, stripped "
            + "of metadata and kept as WebP. Pushes photo on the owner's stream.")
    @APIResponse(responseCode = "200", description = "ok, image_url, size")
    @APIResponse(responseCode = "413", description = "Over 10 MB")
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP by its bytes")
    @APIResponse(responseCode = "422", description = "No file, a corrupt image or too many pixels")
    public Response uploadPhoto(@PathParam("id") String id, @BeanParam PresentedToken presented, List<EntityPart> parts) {
        ScanAccess.Token token = presented.require();
        ScanSessionId session = sessionId(id);
        Optional<EntityPart> part = UploadParts.named(parts, "file").or(() -> UploadParts.named(parts, "image"));
        byte[] image = part.map(found -> ImageUploads.read(found.getContent(), ImageUploadGuard.PHOTO)).orElse(null);
        if (image == null || image.length == 0) {
            return UploadParts.missing("file");
        }
        UploadedScanPhoto kept = upload.upload(session, token, image);
        return noStore(new ScanSessionResponses.Uploaded(true, kept.imageUrl(), kept.size(), kept.cardIndex()));
    }

    @POST
    @Path("/results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report recognised cards", description = "Token-authenticated. {\"cards\": [{card_index, "
            + "captured_at?, image_url?, recognition?}]}, at most 100 a batch. A card without recognition is recognised "
            + "here from the photo uploaded at its card_index. Pushes one result per card on the owner's stream.")
    @APIResponse(responseCode = "200", description = "ok, recorded and the session")
    @APIResponse(responseCode = "422", description = "A malformed card, or one without recognition or photo")
    public Response results(@PathParam("id") String id, @BeanParam PresentedToken presented, String body) {
        ScanAccess.Token token = presented.require();
        ScanSessionId session = sessionId(id);
        List<ScanBodies.ReportedCard> reported = ScanBodies.cards(body, MAX_CARDS_PER_BATCH);
        List<io.cardvault.domain.scan.ScanCard> cards = new ArrayList<>();
        Optional<AccountId> owner = Optional.empty();
        for (int i = 0; i < reported.size(); i++) {
            ScanBodies.ReportedCard card = reported.get(i);
            if (card.recognition().isPresent()) {
                cards.add(card.toCard(card.recognition().get()));
                continue;
            }
            byte[] photo = photos.photo(session, card.cardIndex(), token).orElse(null);
            if (photo == null) {
                return ValidationErrorResponse.of(List.of(new FieldError(List.of("body", "cards", i, "recognition"),
                        "recognition is required for a card without an uploaded photo", "value_error.missing")));
            }
            if (owner.isEmpty()) {
                owner = Optional.of(sessions.get(session, token).owner());
            }
            // the owner's own recognition, as the desktop's page would ask for it: a session's, unmetered
            Object answer = RecognitionResponses.recognized(recognize.recognize(new RecognizeCardCommand(photo,
                    Optional.empty(), false, RecognitionCaller.session(owner.get()))), false);
            cards.add(card.toCard(JsonConfiguration.jsonb().toJson(answer)));
        }
        ScanSessionView view = results.record(session, token, cards);
        return noStore(new ScanSessionResponses.Recorded(true, cards.size(), ScanSessionResponses.Session.from(view)));
    }

    @POST
    @Path("/complete")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete the session", description = "Token-authenticated. No uploads after it. Pushes "
            + "completed {count} on the owner's stream.")
    @APIResponse(responseCode = "200", description = "The session, completed")
    public Response complete(@PathParam("id") String id, @BeanParam PresentedToken token) {
        return noStore(ScanSessionResponses.Session.from(complete.complete(sessionId(id), token.require())));
    }

    static ScanSessionId sessionId(String id) {
        return ScanSessionId.parse(id).orElseThrow(() -> new ScanSessionRefusedException(
                ScanSessionRefusedException.Reason.NOT_FOUND, "Scan session not found"));
    }

    private static Response noStore(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", ScanSessionsResource.NO_STORE).build();
    }

    static byte[] qrPng(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE_MODULES, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("a deeplink always fits a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
