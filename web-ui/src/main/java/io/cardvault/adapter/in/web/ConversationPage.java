package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.community.BlockUserUseCase;
import io.cardvault.application.port.in.community.Conversation;
import io.cardvault.application.port.in.community.MemberNotFoundException;
import io.cardvault.application.port.in.community.ReadConversationUseCase;
import io.cardvault.application.port.in.community.SendMessageCommand;
import io.cardvault.application.port.in.community.SendMessageUseCase;
import io.cardvault.application.port.in.community.UnblockUserUseCase;
import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.BlockedByUserException;
import io.cardvault.domain.community.CommunityRejection;
import io.cardvault.domain.community.InvalidCommunityDataException;
import io.cardvault.domain.marketplace.ListingId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * One conversation ({@code /messages/{username}}, optionally {@code ?listing=<id>} when opened from a
 * listing's "message the seller"): the messages oldest first (reading marks them read), a reply form, and
 * block/unblock. Forms post to the page itself and are redirected back (decisions §53).
 */
@Named
@RequestScoped
public class ConversationPage {

    private final ReadConversationUseCase read;
    private final SendMessageUseCase send;
    private final BlockUserUseCase block;
    private final UnblockUserUseCase unblock;
    private final WebContext web;
    private final HttpServletRequest request;
    private String username = "";
    private List<CommunityRows.MessageRow> messages = List.of();
    private boolean blocked;
    private boolean found;
    private String error = "";
    private String draft = "";

    @Inject
    public ConversationPage(ReadConversationUseCase read, SendMessageUseCase send, BlockUserUseCase block,
                            UnblockUserUseCase unblock, WebContext web, HttpServletRequest request) {
        this.read = read;
        this.send = send;
        this.block = block;
        this.unblock = unblock;
        this.web = web;
        this.request = request;
    }

    /** For CDI's client proxy only. */
    protected ConversationPage() {
        this(null, null, null, null, null, null);
    }

    public void load() {
        username = web.parameter("username");
        Optional<AccountId> signedIn = WatchForms.ownerToRender(web, request, this::carriedOut);
        if (signedIn.isEmpty()) {
            return;
        }
        try {
            Conversation conversation = read.read(signedIn.get(), username, listing());
            username = conversation.username();
            messages = conversation.messages().stream().map(view -> CommunityRows.MessageRow.of(view, web.getLocale())).toList();
            blocked = conversation.blockedByMe();
            found = true;
        } catch (MemberNotFoundException unknown) {
            web.notFound();
        }
    }

    private boolean carriedOut(AccountId owner) {
        draft = web.parameter("body");
        try {
            switch (web.parameter("do")) {
                case "send" -> send.send(new SendMessageCommand(owner, username, draft, WatchForms.optional(web.parameter("subject")),
                        listing(), Optional.empty()));
                case "block" -> block.block(owner, username);
                case "unblock" -> unblock.unblock(owner, username);
                default -> {
                    error = web.message("community.error.input");
                    return false;
                }
            }
        } catch (BlockedByUserException refused) {
            error = web.message("community.error.blocked");
            return false;
        } catch (InvalidCommunityDataException | CommunityRejection refused) {
            error = web.message("community.error.message");
            return false;
        } catch (MemberNotFoundException unknown) {
            return false;
        }
        String listing = web.parameter("listing");
        web.redirect("/messages/" + username + (listing.matches("\\d{1,18}") ? "?listing=" + listing : ""));
        return true;
    }

    private Optional<ListingId> listing() {
        String text = web.parameter("listing");
        return text.matches("[1-9]\\d{0,17}") ? Optional.of(new ListingId(Long.parseLong(text))) : Optional.empty();
    }

    public String getUsername() {
        return username;
    }

    public String getListing() {
        return listing().map(id -> String.valueOf(id.value())).orElse("");
    }

    public String getAction() {
        return web.getBase() + "/messages/" + username + listing().map(id -> "?listing=" + id.value()).orElse("");
    }

    public List<CommunityRows.MessageRow> getMessages() {
        return messages;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public boolean isFound() {
        return found;
    }

    public String getError() {
        return error;
    }

    public String getDraft() {
        return draft;
    }
}
