package dev.crmkit.campaign;

import dev.crmkit.common.CampaignMemberId;
import jakarta.validation.constraints.NotNull;

/**
 * Reports what became of one member: its message delivered or bounced, an answer, a purchase, or an opt-out.
 *
 * @param memberId the member (the idempotency key its message carried)
 * @param outcome what happened
 */
public record ReportMemberOutcome(@NotNull CampaignMemberId memberId, @NotNull MemberOutcome outcome) {}
