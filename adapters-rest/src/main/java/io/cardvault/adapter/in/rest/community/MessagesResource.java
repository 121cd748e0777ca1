package io.cardvault.adapter.in.rest.community;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.FieldError;
import io.cardvault.adapter.in.rest.error.InvalidParameterException;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.community.ListMessageThreadsUseCase;
import io.cardvault.application.port.in.community.ListMessagesUseCase;
import io.cardvault.application.port.in.community.MessageListQuery;
import io.cardvault.application.port.in.community.MessageThread;
import io.cardvault.application.port.in.community.ReadConversationUseCase;
import io.cardvault.application.port.in.community.SendMessageCommand;
import io.cardvault.application.port.in.community.SendMessageUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.InvalidCommunityDataException;
import io.cardvault.domain.community.MessageFolder;
import io.cardvault.domain.community.MessageId;
import io.cardvault.domain.marketplace.ListingId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/messages}: the caller's private messages by folder, sending one, the threads and one conversation. */
@Path("/api/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Messages")
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
@APIResponse(responseCode = "422", description = "Bad parameters or body: a list of the fields at fault",
        content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
public class MessagesResource {

    /** The recipient's field and the aliases the spec allows for it, in the order they are read. */
    private static final List<String> RECIPIENT = List.of("to_username", "to", "recipient_username");

    private final ListMessagesUseCase list;
    private final SendMessageUseCase send;
    private final ListMessageThreadsUseCase threads;
    private final ReadConversationUseCase conversation;

    @Inject
    public MessagesResource(ListMessagesUseCase list, SendMessageUseCase send, ListMessageThreadsUseCase threads,
                            ReadConversationUseCase conversation) {
        this.list = list;
        this.send = send;
        this.threads = threads;
        this.conversation = conversation;
    }

    /** For CDI's client proxy only. */
    protected MessagesResource() {
        this(null, null, null, null);
    }

    @GET
    @Operation(summary = "Your messages", description = "One folder (inbox, the default; sent; all), newest first, optionally "
            + "about one listing; limit 1-100 (default 50). items and messages hold the same array; unread_count counts "
            + "every unread received message.")
    @APIResponse(responseCode = "200", description = "The folder",
            content = @Content(schema = @Schema(implementation = MessageListResponse.class)))
    public MessageListResponse folder(@QueryParam("folder") @Size(max = 16) String folder,
                                      @QueryParam("listing_id") @Min(1) Long listingId,
                                      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MessageListQuery.MAX_LIMIT) int limit,
                                      @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        MessageFolder chosen = query(() -> MessageFolder.parse(folder));
        return MessageListResponse.from(list.list(new MessageListQuery(owner, chosen,
                Optional.ofNullable(listingId).map(ListingId::new), limit)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message", description = "to_username (or to, recipient_username), body up to 5000 characters, "
            + "optional subject up to 200, listing_id and parent_id (a message of yours, for threading). The recipient gets a "
            + "new_message notification. 403 blocked when the recipient has blocked you; 404 for an unknown user.")
    @APIResponse(responseCode = "201", description = "The message as sent",
            content = @Content(schema = @Schema(implementation = MessageResponse.class)))
    @APIResponse(responseCode = "403", description = "The recipient blocked you",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "No such user",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response send(@Schema(implementation = SendMessageSchema.class) String body, @Context HttpServletRequest request) {
        AccountId sender = RequestCaller.requireAccount(request);
        JsonObject fields = CommunityBodies.object(body);
        String to = CommunityBodies.text(fields, RECIPIENT)
                .orElseThrow(() -> new InvalidCommunityDataException("to_username", "to_username is required"));
        SendMessageCommand command = new SendMessageCommand(sender, to, CommunityBodies.requiredText(fields, "body"),
                CommunityBodies.text(fields, "subject"), CommunityBodies.id(fields, "listing_id").map(ListingId::new),
                CommunityBodies.id(fields, "parent_id").map(MessageId::new));
        return Response.status(Response.Status.CREATED).entity(MessageResponse.from(send.send(command))).build();
    }

    @GET
    @Path("/threads")
    @Operation(summary = "Your conversations", description = "One entry per person you exchanged messages with, the most "
            + "recently active first, with the newest message and the unread count.")
    @APIResponse(responseCode = "200", description = "The threads",
            content = @Content(schema = @Schema(implementation = ThreadListResponse.class)))
    public ThreadListResponse threads(@Context HttpServletRequest request) {
        List<MessageThread> found = threads.threads(RequestCaller.requireAccount(request));
        return new ThreadListResponse(found.stream().map(ThreadResponse::from).toList(), found.size());
    }

    @GET
    @Path("/with/{username}")
    @Operation(summary = "One conversation", description = "The messages between you and one user, oldest first, optionally "
            + "about one listing. Marks all received messages of it read on each call.")
    @APIResponse(responseCode = "200", description = "The conversation",
            content = @Content(schema = @Schema(implementation = ConversationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such user",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public ConversationResponse with(@PathParam("username") String username, @QueryParam("listing_id") @Min(1) Long listingId,
                                     @Context HttpServletRequest request) {
        AccountId owner = RequestCaller.requireAccount(request);
        return ConversationResponse.from(conversation.read(owner, username,
                Optional.ofNullable(listingId).map(ListingId::new)));
    }

    private static <T> T query(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidCommunityDataException refused) {
            throw new InvalidParameterException(new FieldError(List.of("query", refused.field()), refused.getMessage(),
                    "value_error"));
        }
    }

    /** The documented body of {@code POST /api/messages} (read field by field, for the aliases). */
    public record SendMessageSchema(String toUsername, String body, String subject, Long listingId, Long parentId) {
    }
}
