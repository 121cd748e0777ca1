package io.cardvault.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.cardvault.domain.account.AccountId;
import io.cardvault.domain.community.ModerationAction;
import io.cardvault.domain.community.ModerationDecision;
import io.cardvault.domain.community.Report;
import io.cardvault.domain.community.ReportCategory;
import io.cardvault.domain.community.ReportStatus;
import io.cardvault.domain.community.ReportTarget;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Contract of {@link ReportStorePort}: the in-memory fake and the database adapter must pass it. */
public abstract class ReportStorePortContract {

    protected abstract ReportStorePort reports();

    protected abstract AccountId anAccount();

    @Test
    void givenNewReport_add_storesEveryFieldOpen() {
        Instant at = MarketplaceSamples.freshEra();
        AccountId reporter = anAccount();
        Report added = reports().add(Report.file(reporter, ReportTarget.FORUM_POST, 42, "spam links", ReportCategory.SPAM, at));

        Report found = reports().findById(added.requireId()).orElseThrow();
        assertThat(found.reporter()).isEqualTo(reporter);
        assertThat(found.targetType()).isEqualTo(ReportTarget.FORUM_POST);
        assertThat(found.targetId()).isEqualTo(42);
        assertThat(found.reason()).isEqualTo("spam links");
        assertThat(found.category()).isEqualTo(ReportCategory.SPAM);
        assertThat(found.status()).isEqualTo(ReportStatus.OPEN);
        assertThat(found.createdAt()).isEqualTo(at);
        assertThat(reports().findOpen(1_000)).extracting(Report::id).contains(added.id());
    }

    @Test
    void givenDecision_recordDecision_closesTheReportOnceAndWritesTheTrail() {
        Instant at = MarketplaceSamples.freshEra();
        AccountId moderator = anAccount();
        Report open = reports().add(Report.file(anAccount(), ReportTarget.USER, 7, "scammer", ReportCategory.FRAUD, at));
        Report dismissed = open.decide(ModerationDecision.DISMISS);
        ModerationAction action = new ModerationAction(open.requireId(), moderator, ModerationDecision.DISMISS,
                ReportTarget.USER, 7, at.plusSeconds(60));

        assertThat(reports().recordDecision(dismissed, action)).isTrue();
        assertThat(reports().recordDecision(dismissed, action)).isFalse();
        assertThat(reports().findById(open.requireId()).orElseThrow().status()).isEqualTo(ReportStatus.DISMISSED);
        assertThat(reports().findOpen(1_000)).extracting(Report::id).doesNotContain(open.id());
        assertThat(reports().recentActions(1_000)).contains(action);
    }
}
