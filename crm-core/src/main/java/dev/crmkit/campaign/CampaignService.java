package dev.crmkit.campaign;

import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CampaignId;
import dev.crmkit.common.CampaignMemberId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.Text;
import dev.crmkit.consent.Consent;
import dev.crmkit.consent.ConsentState;
import dev.crmkit.consent.ConsentSubject;
import dev.crmkit.contact.Contact;
import dev.crmkit.event.CampaignEvent;
import dev.crmkit.event.ConsentEvent;
import dev.crmkit.history.ChangeLine;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.HistoryWords;
import dev.crmkit.internal.QuoteOffers;
import dev.crmkit.internal.UseCases;
import dev.crmkit.spi.CampaignHistoryRecord;
import dev.crmkit.spi.CampaignRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@link Campaigns} for one actor; the launch itself is {@link CampaignLaunchService}. */
final class CampaignService implements Campaigns {

    /** The source an opt-out reported through a campaign is recorded with. */
    static final String OPT_OUT_SOURCE = "campaign";

    private static final int MAX_LIMIT = 500;
    private static final Comparator<Campaign> BY_NAME =
            Comparator.comparing((Campaign c) -> Text.sortKey(c.name())).thenComparing(Campaign::id);

    private final UseCases useCases;
    private final Caller actor;
    private final QuoteOffers quoteOffers;

    CampaignService(UseCases useCases, Caller actor, QuoteOffers quoteOffers) {
        this.useCases = useCases;
        this.actor = actor;
        this.quoteOffers = quoteOffers;
    }

    @Override
    public Campaign create(CreateCampaign command) {
        return useCases.write(actor, command, context -> {
            String name = command.name().strip();
            checkDraft(context, "CreateCampaign", name, null, command.period(), command.target());
            Campaign campaign = Campaign.builder(CampaignId.newId(), name)
                    .kind(command.kind())
                    .period(command.period())
                    .owner(context.user.id())
                    .target(command.target())
                    .createdAt(context.now)
                    .build();
            context.uow.campaigns().insert(campaign);
            history(context, new CampaignEvent.CampaignCreated(context.meta(), campaign.id(), campaign.name(),
                    campaign.kind(), campaign.period(), campaign.owner(), campaign.target()));
            return campaign;
        });
    }

    @Override
    public Campaign update(UpdateCampaign command) {
        return useCases.write(actor, command, context -> {
            Campaign current = changeable(context, command.campaignId(), command.expectedVersion());
            requireStatus(current, CampaignStatus.DRAFT);
            String name = command.name().strip();
            checkDraft(context, "UpdateCampaign", name, current.id(), command.period(), command.target());
            List<FieldChange> changes = new ArrayList<>();
            if (!name.equals(current.name())) {
                changes.add(new FieldChange("name", current.name(), name));
            }
            if (!command.period().equals(current.period())) {
                changes.add(new FieldChange("period", words(current.period()), words(command.period())));
            }
            if (!command.target().equals(current.target())) {
                changes.add(new FieldChange("target", words(current.target()), words(command.target())));
            }
            if (changes.isEmpty()) {
                return current;
            }
            Campaign changed = current.toBuilder().name(name).period(command.period()).target(command.target())
                    .version(current.version().next()).build();
            context.uow.campaigns().update(changed, current.version());
            history(context, new CampaignEvent.CampaignUpdated(context.meta(), changed.id(), changed.name(), changes));
            return changed;
        });
    }

    @Override
    public Campaign launch(LaunchCampaign command) {
        return useCases.write(actor, command, context -> {
            Campaign current = changeable(context, command.campaignId(), command.expectedVersion());
            requireStatus(current, CampaignStatus.DRAFT);
            return CampaignLaunchService.launch(context, current, command, quoteOffers);
        });
    }

    @Override
    public Campaign complete(EndCampaign command) {
        return useCases.write(actor, command, context -> {
            Campaign current = changeable(context, command.campaignId(), command.expectedVersion());
            Campaign ended = end(context, current, CampaignStatus.DONE);
            history(context, new CampaignEvent.CampaignCompleted(context.meta(), ended.id(), ended.name()));
            return ended;
        });
    }

    @Override
    public Campaign cancel(EndCampaign command) {
        return useCases.write(actor, command, context -> {
            Campaign current = changeable(context, command.campaignId(), command.expectedVersion());
            Campaign ended = end(context, current, CampaignStatus.CANCELLED);
            history(context, new CampaignEvent.CampaignCancelled(context.meta(), ended.id(), ended.name()));
            return ended;
        });
    }

    @Override
    public Campaign get(CampaignId campaignId) {
        return useCases.read(actor, context -> load(context, campaignId));
    }

    @Override
    public List<Campaign> list() {
        return useCases.read(actor, context -> context.uow.campaigns().findAll().stream().sorted(BY_NAME).toList());
    }

    @Override
    public Page<CampaignMember> members(CampaignId campaignId, String cursor, int limit) {
        return useCases.read(actor, context -> {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw InvalidCommandException.single("limit", "Range", 1, MAX_LIMIT);
            }
            CampaignMemberId after = null;
            if (cursor != null) {
                if (cursor.length() > 64) {
                    throw InvalidCommandException.single("cursor", "Size", 0, 64);
                }
                try {
                    after = CampaignMemberId.of(cursor);
                } catch (InvalidCommandException e) {
                    throw InvalidCommandException.single("cursor", "InvalidCursor");
                }
            }
            Campaign campaign = load(context, campaignId);
            List<CampaignMember> rows = context.uow.campaigns().members(campaign.id(), context.access(), after, limit + 1);
            boolean more = rows.size() > limit;
            List<CampaignMember> items = more ? rows.subList(0, limit) : rows;
            return new Page<>(List.copyOf(items), more ? items.get(items.size() - 1).id().toString() : null, null);
        });
    }

    @Override
    public CampaignMember report(ReportMemberOutcome command) {
        return useCases.write(actor, command, context -> {
            CampaignMember current = context.uow.campaigns().findMember(command.memberId())
                    .orElseThrow(() -> new NotFoundException("campaign-member", "memberId", command.memberId()));
            AccountGuard.reachableFromRecord(context, current.accountId(), "campaign-member", "memberId", command.memberId());
            if (current.status() == MemberStatus.SKIPPED) {
                throw new RuleViolationException("campaign.member-skipped", "memberId");
            }
            MemberStatus next = command.outcome().status();
            if (current.status() == next) {
                return current;
            }
            Campaign campaign = context.uow.campaigns().findById(current.campaignId()).orElseThrow();
            CampaignMember changed = current.withStatus(next, context.now);
            context.uow.campaigns().updateMember(changed, current.version());
            context.record(new CampaignEvent.CampaignMemberReported(context.meta(), changed.campaignId(), changed.id(),
                    changed.accountId(), command.outcome()));
            if (command.outcome() == MemberOutcome.OPTED_OUT) {
                withdraw(context, changed, campaign);
            }
            return changed;
        });
    }

    @Override
    public CampaignResults results(CampaignId campaignId) {
        return useCases.read(actor, context -> {
            Campaign campaign = load(context, campaignId);
            CampaignRepository campaigns = context.uow.campaigns();
            if (campaign.launchedAt() == null) {
                return new CampaignResults(campaign.id(), new MemberCounts(java.util.Map.of(), java.util.Map.of()),
                        Attribution.NONE, BigDecimal.ZERO.setScale(4));
            }
            MemberCounts counts = campaigns.count(campaign.id(), context.access());
            Instant until = campaign.period().to().plusDays(1).atStartOfDay(context.tenant.timeZone()).toInstant();
            CampaignRepository.Attributed attributed = until.isAfter(campaign.launchedAt())
                    ? campaigns.attribution(campaign.id(), context.access(), campaign.launchedAt(), until)
                    : new CampaignRepository.Attributed(Attribution.NONE, counts.of(MemberStatus.CONVERTED));
            long reached = counts.reached();
            BigDecimal rate = reached == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(attributed.convertedMembers()).divide(BigDecimal.valueOf(reached), 4, RoundingMode.HALF_UP);
            return new CampaignResults(campaign.id(), counts, attributed.attribution(), rate);
        });
    }

    @Override
    public List<TimelineEntry> history(CampaignId campaignId) {
        return useCases.read(actor, context -> {
            Campaign campaign = load(context, campaignId);
            List<TimelineEntry> entries = new ArrayList<>();
            for (CampaignHistoryRecord record : context.uow.campaigns().history(campaign.id())) {
                entries.add(entry(context.locale, record));
            }
            return entries;
        });
    }

    /** Records the withdrawal of the member's consent for the campaign's channel, as the consent capability does. */
    private static void withdraw(Context context, CampaignMember member, Campaign campaign) {
        ConsentSubject subject = member.contactId() == null ? ConsentSubject.account(member.accountId())
                : ConsentSubject.contact(member.accountId(), member.contactId());
        Consent consent = Consent.builder(subject, campaign.kind().channel(), ConsentState.WITHDRAWN)
                .source(OPT_OUT_SOURCE).recordedAt(context.now).recordedBy(context.user.id()).build();
        context.uow.consents().insert(consent);
        context.record(new ConsentEvent.ConsentRecorded(context.meta(), subject.accountId(), subject.contactId(),
                consent.channel(), consent.state(), consent.source()));
    }

    private static Campaign end(Context context, Campaign current, CampaignStatus to) {
        if (!current.status().canMoveTo(to)) {
            throw new RuleViolationException("campaign.status", "campaignId", current.name(), current.status(), to);
        }
        Campaign ended = current.toBuilder().status(to).endedAt(context.now).version(current.version().next()).build();
        context.uow.campaigns().update(ended, current.version());
        return ended;
    }

    private static void requireStatus(Campaign campaign, CampaignStatus status) {
        if (campaign.status() != status) {
            throw new RuleViolationException("campaign.not-draft", "campaignId", campaign.name(), campaign.status());
        }
    }

    /**
     * Checks a draft's parts: a free name, an ordered period, a segment the actor sees, or recipients in the actor's
     * scope, each once, a contact of its account. An account or contact the actor does not see is named as unknown.
     */
    private static void checkDraft(Context context, String command, String name, CampaignId self, CampaignPeriod period,
            CampaignTarget target) {
        InvalidCommandException.Builder problems = InvalidCommandException.builder(command);
        if (name.isEmpty()) {
            problems.add("name", "NotBlank");
        }
        if (!period.ordered()) {
            problems.add("period.to", "AfterFrom");
        }
        context.uow.campaigns().findByNameKey(Text.key(name)).filter(other -> !other.id().equals(self))
                .ifPresent(other -> problems.add("name", "Unique"));
        if (target instanceof CampaignTarget.OfSegment s) {
            if (context.uow.segments().findById(s.segmentId()).filter(seg -> seg.visibleTo(context.user.id())).isEmpty()) {
                problems.add("target.segmentId", "UnknownReference", s.segmentId().toString());
            }
        } else {
            List<CampaignRecipient> recipients = ((CampaignTarget.OfRecipients) target).recipients();
            Set<CampaignRecipient> seen = new HashSet<>();
            Set<AccountId> accounts = new HashSet<>();
            recipients.forEach(r -> accounts.add(r.accountId()));
            Set<AccountId> visible = new HashSet<>();
            for (var account : context.uow.accounts().findByIds(accounts)) {
                if (AccountGuard.sees(context, account)) {
                    visible.add(account.id());
                }
            }
            for (int i = 0; i < recipients.size(); i++) {
                CampaignRecipient r = recipients.get(i);
                String path = "target.recipients[" + i + "]";
                if (!seen.add(r)) {
                    problems.add(path, "Repeated");
                } else if (!visible.contains(r.accountId())) {
                    problems.add(path + ".accountId", "UnknownReference", r.accountId().toString());
                } else if (r.contactId() != null && !contactOf(context, r.accountId(), r.contactId())) {
                    problems.add(path + ".contactId", "UnknownReference", r.contactId().toString());
                }
            }
        }
        problems.throwIfAny();
    }

    private static boolean contactOf(Context context, AccountId accountId, ContactId contactId) {
        Contact contact = context.uow.contacts().findById(contactId).orElse(null);
        return contact != null && contact.accountId().equals(accountId);
    }

    private static Campaign load(Context context, CampaignId campaignId) {
        return context.uow.campaigns().findById(Context.required(campaignId, "campaignId"))
                .orElseThrow(() -> new NotFoundException("campaign", "campaignId", campaignId));
    }

    /** A campaign the actor may change: its owner, or an administrator; read at the version the caller saw. */
    private static Campaign changeable(Context context, CampaignId campaignId, dev.crmkit.common.Version expected) {
        Campaign campaign = load(context, campaignId);
        if (!campaign.owner().equals(context.user.id()) && !context.user.admin()) {
            throw new AccessDeniedException("access.not-campaign-owner", "campaignId", campaign.owner().value());
        }
        if (!campaign.version().equals(expected)) {
            throw ConflictException.staleVersion("campaign", campaign.id(), expected, campaign.version());
        }
        return campaign;
    }

    /** Records a campaign's event and its entry in the campaign's history, with the actor's name of the time. */
    static void history(Context context, CampaignEvent.HistoryEvent event) {
        context.record(event);
        context.uow.campaigns().appendHistory(new CampaignHistoryRecord(event,
                context.user == null ? null : context.user.displayName()));
    }

    /** The words of one history record: a summary and one line per changed field, in the reader's language. */
    private static TimelineEntry entry(Locale locale, CampaignHistoryRecord record) {
        CampaignEvent.HistoryEvent event = record.event();
        List<FieldChange> changes = event instanceof CampaignEvent.CampaignUpdated u ? u.changes() : List.of();
        List<ChangeLine> lines = new ArrayList<>();
        for (FieldChange change : changes) {
            lines.add(new ChangeLine(change.field(), HistoryWords.label(locale, change.field()), change.oldValue(),
                    change.newValue(), change.oldValue(), change.newValue()));
        }
        String summary;
        if (event instanceof CampaignEvent.CampaignUpdated u) {
            summary = Messages.format(locale, "campaign-history.updated", u.name(),
                    String.join(", ", lines.stream().map(ChangeLine::fieldLabel).toList()));
        } else if (event instanceof CampaignEvent.CampaignLaunched l) {
            summary = Messages.format(locale, "campaign-history.launched", l.name(), l.members(), l.skipped());
        } else if (event instanceof CampaignEvent.CampaignCompleted) {
            summary = Messages.format(locale, "campaign-history.completed", event.name());
        } else if (event instanceof CampaignEvent.CampaignCancelled) {
            summary = Messages.format(locale, "campaign-history.cancelled", event.name());
        } else {
            summary = Messages.format(locale, "campaign-history.created", event.name());
        }
        return new TimelineEntry(event.meta().eventId(), event.meta().occurredAt(), event.meta().actor(),
                record.actorName(), event.getClass().getSimpleName(), summary, changes, lines);
    }

    private static String words(CampaignPeriod period) {
        return period.from() + ".." + period.to();
    }

    /** A target as its history value reads: {@code segment:<id>}, or the recipients' count. */
    private static String words(CampaignTarget target) {
        return target instanceof CampaignTarget.OfSegment s ? "segment:" + s.segmentId()
                : "recipients:" + ((CampaignTarget.OfRecipients) target).recipients().size();
    }

}
