package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.catalogue.Slice;
import io.cardvault.domain.community.ForumPost;
import io.cardvault.domain.community.ForumPostId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Contract of {@link ForumPostStorePort}: the in-memory fake and the database adapter must pass it. */
public abstract class ForumPostStorePortContract {

    protected abstract ForumPostStorePort posts();

    protected abstract AccountId anAccount();

    @Test
    void givenNewPost_add_keepsMarkdownAndHtml() {
        Instant at = MarketplaceSamples.freshEra();
        String longBody = "x".repeat(ForumPost.MAX_BODY);
        ForumPost added = posts().add(ForumPost.write(anAccount(), "Grading tips", longBody, "<p>" + longBody + "</p>", at));

        ForumPost found = posts().findById(added.requireId()).orElseThrow();
        assertThat(found.title()).isEqualTo("Grading tips");
        assertThat(found.markdown()).isEqualTo(longBody);
        assertThat(found.html()).isEqualTo("<p>" + longBody + "</p>");
        assertThat(found.hidden()).isFalse();
        assertThat(found.createdAt()).isEqualTo(at);
        assertThat(posts().findById(new ForumPostId(Long.MAX_VALUE - 7))).isEmpty();
    }

    @Test
    void givenHiddenPost_findVisible_leavesItOutAndPagesNewestFirst() {
        Instant at = MarketplaceSamples.freshEra();
        AccountId author = anAccount();
        long before = posts().findVisible(1, 0).total();
        ForumPost older = posts().add(ForumPost.write(author, "older", "a", "<p>a</p>", at));
        ForumPost hidden = posts().add(ForumPost.write(author, "hidden", "b", "<p>b</p>", at.plusSeconds(1)));
        ForumPost newer = posts().add(ForumPost.write(author, "newer", "c", "<p>c</p>", at.plusSeconds(2)));

        assertThat(posts().hide(hidden.requireId())).isTrue();
        assertThat(posts().hide(new ForumPostId(Long.MAX_VALUE - 7))).isFalse();
        Slice<ForumPost> page = posts().findVisible(2, 0);
        assertThat(page.total()).isEqualTo(before + 2);
        assertThat(page.items()).extracting(ForumPost::id).containsExactly(newer.id(), older.id());
        assertThat(posts().findById(hidden.requireId()).orElseThrow().hidden()).isTrue();
    }
}
