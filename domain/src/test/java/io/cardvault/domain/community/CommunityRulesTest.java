package io.cardvault.domain.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cardvault.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The community's rules: message and post limits, report decisions, blocks and the codes the API parses. */
class CommunityRulesTest {

    private static final AccountId ALICE = new AccountId(1);
    private static final AccountId BOB = new AccountId(2);
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private static Message message(String body, Optional<String> subject) {
        return Message.compose(ALICE, BOB, Optional.empty(), subject, body, Optional.empty(), NOW);
    }

    @Test
    void a_message_holds_up_to_5000_characters_and_a_subject_up_to_200() {
        assertThat(message("x".repeat(Message.MAX_BODY), Optional.of("s".repeat(Message.MAX_SUBJECT))).body()).hasSize(5000);
        assertThatThrownBy(() -> message("x".repeat(5001), Optional.empty())).isInstanceOf(InvalidCommunityDataException.class)
                .extracting(e -> ((InvalidCommunityDataException) e).field()).isEqualTo("body");
        assertThatThrownBy(() -> message("ok", Optional.of("s".repeat(201))))
                .extracting(e -> ((InvalidCommunityDataException) e).field()).isEqualTo("subject");
        assertThatThrownBy(() -> message("  ", Optional.empty()))
                .extracting(e -> ((InvalidCommunityDataException) e).field()).isEqualTo("body");
        assertThat(message("ok", Optional.of("  ")).subject()).isEmpty();
    }

    @Test
    void nobody_writes_to_or_blocks_themselves() {
        assertThatThrownBy(() -> Message.compose(ALICE, ALICE, Optional.empty(), Optional.empty(), "me", Optional.empty(), NOW))
                .isInstanceOf(SelfAddressedException.class);
        assertThatThrownBy(() -> new Block(BOB, BOB, NOW)).isInstanceOf(SelfAddressedException.class)
                .extracting(e -> ((CommunityRejection) e).code()).isEqualTo("self_addressed");
    }

    @Test
    void a_message_is_seen_from_either_party() {
        Message sent = message("hi", Optional.empty()).stored(new MessageId(9));
        assertThat(sent.involves(ALICE)).isTrue();
        assertThat(sent.involves(new AccountId(3))).isFalse();
        assertThat(sent.counterpartOf(BOB)).isEqualTo(ALICE);
        assertThat(sent.opened().read()).isTrue();
        assertThat(sent.read()).isFalse();
    }

    @Test
    void a_forum_post_has_a_title_up_to_200_and_a_body_up_to_20000() {
        assertThat(ForumPost.write(ALICE, "  Tips  ", "b".repeat(ForumPost.MAX_BODY), "<p>b</p>", NOW).title()).isEqualTo("Tips");
        assertThatThrownBy(() -> ForumPost.write(ALICE, "t".repeat(201), "b", "", NOW))
                .extracting(e -> ((InvalidCommunityDataException) e).field()).isEqualTo("title");
        assertThatThrownBy(() -> ForumPost.write(ALICE, "t", "b".repeat(20_001), "", NOW))
                .extracting(e -> ((InvalidCommunityDataException) e).field()).isEqualTo("body");
    }

    @Test
    void a_report_is_decided_once_and_a_user_is_never_hidden() {
        Report open = Report.file(ALICE, ReportTarget.FORUM_POST, 5, " spam ", ReportCategory.SPAM, NOW).stored(new ReportId(1));
        assertThat(open.reason()).isEqualTo("spam");
        Report hidden = open.decide(ModerationDecision.HIDE);
        assertThat(hidden.status()).isEqualTo(ReportStatus.HIDDEN);
        assertThatThrownBy(() -> hidden.decide(ModerationDecision.DISMISS)).isInstanceOf(ReportNotOpenException.class);

        Report user = Report.file(ALICE, ReportTarget.USER, 2, "scam", ReportCategory.FRAUD, NOW);
        assertThatThrownBy(() -> user.decide(ModerationDecision.HIDE)).isInstanceOf(TargetNotHideableException.class);
        assertThat(user.decide(ModerationDecision.DISMISS).status()).isEqualTo(ReportStatus.DISMISSED);
        assertThatThrownBy(() -> Report.file(ALICE, ReportTarget.USER, 0, "x", ReportCategory.OTHER, NOW))
                .extracting(e -> ((InvalidCommunityDataException) e).field()).isEqualTo("target_id");
        assertThatThrownBy(() -> Report.file(ALICE, ReportTarget.USER, 1, "r".repeat(501), ReportCategory.OTHER, NOW))
                .extracting(e -> ((InvalidCommunityDataException) e).field()).isEqualTo("reason");
    }

    @Test
    void the_api_codes_parse_case_insensitively_and_refuse_the_rest() {
        assertThat(ReportTarget.parse("Forum_Post")).isEqualTo(ReportTarget.FORUM_POST);
        assertThat(ReportCategory.parse("ILLEGAL")).isEqualTo(ReportCategory.ILLEGAL);
        assertThat(MessageFolder.parse(null)).isEqualTo(MessageFolder.INBOX);
        assertThat(MessageFolder.parse("Sent")).isEqualTo(MessageFolder.SENT);
        assertThat(ModerationDecision.parse("dismiss")).isEqualTo(ModerationDecision.DISMISS);
        assertThatThrownBy(() -> ReportTarget.parse("planet")).isInstanceOf(InvalidCommunityDataException.class);
        assertThatThrownBy(() -> ReportCategory.parse("")).isInstanceOf(InvalidCommunityDataException.class);
        assertThatThrownBy(() -> MessageFolder.parse("trash")).isInstanceOf(InvalidCommunityDataException.class);
        assertThatThrownBy(() -> ModerationDecision.parse("ban")).isInstanceOf(InvalidCommunityDataException.class);
    }
}
