package io.cardvault.adapter.in.web;

import io.cardvault.application.port.in.community.ForumPostView;
import io.cardvault.application.port.in.community.ListForumPostsUseCase;
import io.cardvault.domain.catalogue.Slice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The forum's list of visible posts, newest first and paged; open to everyone. */
@Named
@RequestScoped
public class ForumPage {

    static final int PAGE_SIZE = 20;

    private final ListForumPostsUseCase list;
    private final WebContext web;
    private List<CommunityRows.PostRow> posts = List.of();
    private Pager pager;

    @Inject
    public ForumPage(ListForumPostsUseCase list, WebContext web) {
        this.list = list;
        this.web = web;
    }

    /** For CDI's client proxy only. */
    protected ForumPage() {
        this(null, null);
    }

    public void load() {
        int page = web.pageParameter();
        Slice<ForumPostView> slice = list.list(PAGE_SIZE, Math.toIntExact(Math.min((long) (page - 1) * PAGE_SIZE,
                Integer.MAX_VALUE - PAGE_SIZE)));
        pager = new Pager(page, slice.total(), PAGE_SIZE, web.getBase() + "/forum", Map.of());
        posts = slice.items().stream().map(view -> CommunityRows.PostRow.of(view, web)).toList();
    }

    public List<CommunityRows.PostRow> getPosts() {
        return posts;
    }

    public Pager getPager() {
        return pager;
    }
}
