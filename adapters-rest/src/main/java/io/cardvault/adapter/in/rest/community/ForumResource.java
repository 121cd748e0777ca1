package io.cardvault.adapter.in.rest.community;

import io.cardvault.adapter.in.rest.account.RequestCaller;
import io.cardvault.adapter.in.rest.error.ErrorResponse;
import io.cardvault.adapter.in.rest.error.ValidationErrorResponse;
import io.cardvault.application.port.in.community.ForumPostNotFoundException;
import io.cardvault.application.port.in.community.ForumPostView;
import io.cardvault.application.port.in.community.ListForumPostsUseCase;
import io.cardvault.application.port.in.community.PostForumPostCommand;
import io.cardvault.application.port.in.community.PostForumPostUseCase;
import io.cardvault.application.port.in.community.ReadForumPostUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.community.ForumPostId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /forum/posts}: the community forum, read by anyone, written by signed-in members in Markdown. */
@Path("/forum/posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forum")
@APIResponse(responseCode = "422", description = "Bad parameters or body: a list of the fields at fault",
        content = @Content(schema = @Schema(implementation = ValidationErrorResponse.class)))
public class ForumResource {

    private final ListForumPostsUseCase list;
    private final ReadForumPostUseCase read;
    private final PostForumPostUseCase post;

    @Inject
    public ForumResource(ListForumPostsUseCase list, ReadForumPostUseCase read, PostForumPostUseCase post) {
        this.list = list;
        this.read = read;
        this.post = post;
    }

    /** For CDI's client proxy only. */
    protected ForumResource() {
        this(null, null, null);
    }

    @GET
    @Operation(summary = "Forum posts", description = "Visible posts, newest first; limit 1-200 (default 50), offset.")
    @APIResponse(responseCode = "200", description = "A page of posts",
            content = @Content(schema = @Schema(implementation = ForumPostPageResponse.class)))
    public ForumPostPageResponse posts(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ListForumPostsUseCase.MAX_LIMIT) int limit,
                                       @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(Integer.MAX_VALUE) int offset) {
        Slice<ForumPostView> page = list.list(limit, offset);
        return new ForumPostPageResponse(page.items().stream().map(ForumPostResponse::from).toList(), page.total(), limit, offset);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One forum post", description = "A hidden post is 404 like an unknown one.")
    @APIResponse(responseCode = "200", description = "The post",
            content = @Content(schema = @Schema(implementation = ForumPostResponse.class)))
    @APIResponse(responseCode = "404", description = "No such post",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public ForumPostResponse post(@PathParam("id") long id) {
        if (id < 1) {
            throw new ForumPostNotFoundException();
        }
        return ForumPostResponse.from(read.read(new ForumPostId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a forum post", description = "title up to 200 characters, body in Markdown up to 20000. "
            + "Rendered once to HTML and sanitised: raw HTML is shown as text, links only over http(s) or mailto, images only "
            + "from the configured sources.")
    @APIResponse(responseCode = "201", description = "The post",
            content = @Content(schema = @Schema(implementation = ForumPostResponse.class)))
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public Response write(@Schema(implementation = WritePostSchema.class) String body, @Context HttpServletRequest request) {
        AccountId author = RequestCaller.requireAccount(request);
        JsonObject fields = CommunityBodies.object(body);
        ForumPostView written = post.post(new PostForumPostCommand(author, CommunityBodies.requiredText(fields, "title"),
                CommunityBodies.requiredText(fields, "body")));
        return Response.status(Response.Status.CREATED).entity(ForumPostResponse.from(written)).build();
    }

    /** The documented body of {@code POST /forum/posts}. */
    public record WritePostSchema(String title, String body) {
    }
}
