package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.community.ListMessageThreadsUseCase;
import io.cardvault.domain.account.AccountId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/** The inbox: one row per conversation, the most recently active first, with its unread count. Anonymous visitors sign in first. */
@Named
@RequestScoped
public class MessagesPage {

    private final ListMessageThreadsUseCase threads;
    private final WebContext web;
    private List<CommunityRows.ThreadRow> rows = List.of();

    @Inject
    public MessagesPage(ListMessageThreadsUseCase threads, WebContext web) {
        this.threads = threads;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected MessagesPage() {
        this(null, null);
    }

    public void load() {
        Optional<AccountId> owner = WatchForms.ownerOrSignIn(web);
        owner.ifPresent(account -> rows = threads.threads(account).stream().map(thread -> CommunityRows.ThreadRow.of(thread, web))
                .toList());
    }

    public List<CommunityRows.ThreadRow> getThreads() {
        return rows;
    }
}
