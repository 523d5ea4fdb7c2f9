package dev.crmkit.campaign;

import dev.crmkit.account.Account;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CampaignMemberId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.UserId;
import dev.crmkit.consent.Consent;
import dev.crmkit.consent.ConsentChannel;
import dev.crmkit.consent.ConsentSettings;
import dev.crmkit.consent.ConsentSubject;
import dev.crmkit.consent.ContactPermission;
import dev.crmkit.contact.Contact;
import dev.crmkit.event.AgendaEvent;
import dev.crmkit.event.CampaignEvent;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.AccountQueries;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.QuoteOffers;
import dev.crmkit.segment.Segment;
import dev.crmkit.spi.CampaignCandidate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A campaign's launch, inside the launching use case's unit of work: its members taken and checked, its messages
 * queued or its visits and calls planned, the campaign running.
 *
 * <p>Campaign eligibility reads as named rules, checked in this order, the first that applies giving the skip reason:
 * consent withdrawn ({@link SkipReason#OPTED_OUT}), consent needed and not given ({@link SkipReason#NO_CONSENT}), no
 * address for the channel ({@link SkipReason#NO_EMAIL}, {@link SkipReason#NO_PHONE}, {@link SkipReason#NO_ADDRESS}),
 * and for an offer with quotes, no quote for the account's category ({@link SkipReason#NO_OFFER}) or, for an offer
 * making a quote per member, none that can be priced for the account ({@link SkipReason#NO_PRICE}).
 *
 * <p>An offer's quote per member is made for each member left to reach, in the members' order, once every other rule
 * has let the member through, through the quote capability's own creation ({@link QuoteOffers}): the launch and its
 * quotes commit or roll back together, so a launch that fails leaves no quote and consumes no number.
 */
final class CampaignLaunchService {

    /** How many accounts' consent decisions, or whole accounts, are read at once. */
    private static final int CHUNK = 1_000;

    private CampaignLaunchService() {}

    /** One recipient taken at the launch, with what its checks need. */
    private record Taken(CampaignCandidate account, Contact contact) {

        ConsentSubject subject() {
            return contact == null ? ConsentSubject.account(account.accountId())
                    : ConsentSubject.contact(account.accountId(), contact.id());
        }

        ContactId contactId() {
            return contact == null ? null : contact.id();
        }
    }

    static Campaign launch(Context context, Campaign campaign, LaunchCampaign command, QuoteOffers quoteOffers) {
        QuoteOffers.Offer perMember = checkCommand(context, campaign, command, quoteOffers);
        List<Taken> taken = take(context, campaign);
        ConsentSettings settings = context.uow.consents().settings();
        Map<AccountId, List<Consent>> decisions = decisions(context, taken);
        ConsentChannel channel = campaign.kind().channel();
        OfferQuotes offer = command.offer();
        List<SkipReason> skips = new ArrayList<>(taken.size());
        for (Taken t : taken) {
            skips.add(skipReason(t, channel, settings, decisions.getOrDefault(t.account().accountId(), List.of()),
                    offer != null && offer.perMember() == null && offer.quoteFor(t.account().customerTypeId()) == null));
        }
        Map<AccountId, Account> accounts = perMember == null ? Map.of() : accounts(context, taken, skips);
        List<CampaignMember> members = new ArrayList<>(taken.size());
        List<Integer> reached = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            Taken t = taken.get(i);
            CampaignMember.Builder member = CampaignMember.builder(CampaignMemberId.newId(), campaign.id(), t.account().accountId())
                    .contactId(t.contactId())
                    .updatedAt(context.now);
            SkipReason skip = skips.get(i);
            QuoteId quote = null;
            if (skip == null && perMember != null) {
                // A member's own quote is made last, once nothing else skips it: a skipped member consumes no number.
                quote = perMember.createFor(accounts.get(t.account().accountId()), t.contactId()).orElse(null);
                if (quote == null) {
                    skip = SkipReason.NO_PRICE;
                }
            } else if (skip == null && offer != null) {
                quote = offer.quoteFor(t.account().customerTypeId());
            }
            if (skip != null) {
                member.status(MemberStatus.SKIPPED).skipReason(skip);
            } else {
                member.status(campaign.kind().sendsMessages() ? MemberStatus.TARGETED : MemberStatus.SCHEDULED).quoteId(quote);
                reached.add(members.size());
            }
            members.add(member.build());
        }
        if (command.plan() != null) {
            plan(context, campaign, command.plan(), members, reached, taken);
        }
        context.uow.campaigns().insertMembers(members);
        if (campaign.kind().sendsMessages()) {
            for (int i : reached) {
                CampaignMember m = members.get(i);
                context.record(new CampaignEvent.CampaignMessageQueued(context.meta(), campaign.id(), m.id(), m.accountId(),
                        m.contactId()));
            }
        }
        Campaign running = campaign.toBuilder().status(CampaignStatus.RUNNING).launchedAt(context.now).plan(command.plan())
                .offer(command.offer()).version(campaign.version().next()).build();
        context.uow.campaigns().update(running, campaign.version());
        CampaignService.history(context, new CampaignEvent.CampaignLaunched(context.meta(), running.id(), running.name(),
                running.kind(), members.size(), members.size() - reached.size()));
        return running;
    }

    /** The rules of eligibility, in order; {@code null} when the member may be reached. */
    private static SkipReason skipReason(Taken t, ConsentChannel channel, ConsentSettings settings, List<Consent> decisions,
            boolean noOffer) {
        ContactPermission permission = ContactPermission.decide(decisions, settings, t.subject(), channel);
        if (permission.reason() == ContactPermission.Reason.WITHDRAWN) {
            return SkipReason.OPTED_OUT;
        }
        if (!permission.allowed()) {
            return SkipReason.NO_CONSENT;
        }
        if (!hasAddress(t, channel)) {
            return switch (channel) {
                case EMAIL -> SkipReason.NO_EMAIL;
                case VISIT -> SkipReason.NO_ADDRESS;
                case PHONE, SMS_WHATSAPP -> SkipReason.NO_PHONE;
            };
        }
        return noOffer ? SkipReason.NO_OFFER : null;
    }

    /** A contact is reached at its own e-mail or phone; a visit goes to the account's street address. */
    private static boolean hasAddress(Taken t, ConsentChannel channel) {
        if (t.contact() == null || channel == ConsentChannel.VISIT) {
            return t.account().reachableBy().contains(channel);
        }
        return channel == ConsentChannel.EMAIL ? !t.contact().details().emails().isEmpty()
                : !t.contact().details().phones().isEmpty();
    }

    /**
     * The accounts of the members left to reach, whole (a quote is priced from them), read a chunk at a time.
     */
    private static Map<AccountId, Account> accounts(Context context, List<Taken> taken, List<SkipReason> skips) {
        Set<AccountId> ids = new java.util.LinkedHashSet<>();
        for (int i = 0; i < taken.size(); i++) {
            if (skips.get(i) == null) {
                ids.add(taken.get(i).account().accountId());
            }
        }
        Map<AccountId, Account> accounts = new HashMap<>();
        List<AccountId> chunk = new ArrayList<>(CHUNK);
        for (AccountId id : ids) {
            chunk.add(id);
            if (chunk.size() == CHUNK) {
                context.uow.accounts().findByIds(chunk).forEach(a -> accounts.put(a.id(), a));
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            context.uow.accounts().findByIds(chunk).forEach(a -> accounts.put(a.id(), a));
        }
        return accounts;
    }

    /**
     * The parts of the command the campaign's kind takes, and the references they hold.
     *
     * @return the offer's quote per member, its lines checked, or {@code null} when it makes none
     */
    private static QuoteOffers.Offer checkCommand(Context context, Campaign campaign, LaunchCampaign command,
            QuoteOffers quoteOffers) {
        InvalidCommandException.Builder problems = InvalidCommandException.builder("LaunchCampaign");
        if (campaign.kind().sendsMessages() && command.plan() != null) {
            problems.add("plan", "Null");
        }
        if (!campaign.kind().sendsMessages() && command.plan() == null) {
            problems.add("plan", "NotNull");
        }
        if (campaign.kind() != CampaignKind.OFFER && command.offer() != null) {
            problems.add("offer", "Null");
        }
        QuoteOffers.Offer perMember = null;
        if (command.offer() != null && command.offer().perMember() != null && campaign.kind() == CampaignKind.OFFER) {
            if (!command.offer().byCustomerType().isEmpty()) {
                problems.add("offer.byCustomerType", "WithQuotePerMember");
            }
            if (command.offer().otherwise() != null) {
                problems.add("offer.otherwise", "WithQuotePerMember");
            }
            QuotePerMember quote = command.offer().perMember();
            perMember = quoteOffers.prepare(context, quote.lines(), quote.currency(), quote.days(), "offer.perMember.lines",
                    problems);
        } else if (command.offer() != null) {
            Set<QuoteId> quotes = new HashSet<>(command.offer().byCustomerType().values());
            if (command.offer().otherwise() != null) {
                quotes.add(command.offer().otherwise());
            }
            for (QuoteId quoteId : quotes) {
                // A quote of an account the actor does not see is named as an unknown one.
                boolean known = context.uow.quotes().findById(quoteId).filter(q -> AccountGuard.sees(context, q.accountId())).isPresent();
                if (!known) {
                    problems.add("offer", "UnknownReference", quoteId.toString());
                }
            }
        }
        if (command.plan() instanceof VisitPlan.ByTeam team) {
            Set<UserId> seen = new HashSet<>();
            for (int i = 0; i < team.users().size(); i++) {
                UserId user = team.users().get(i);
                if (!seen.add(user)) {
                    problems.add("plan.users[" + i + "]", "Repeated");
                } else if (context.uow.users().findById(user).filter(u -> u.active()).isEmpty()) {
                    problems.add("plan.users[" + i + "]", "UnknownReference", user.value());
                }
            }
        }
        problems.throwIfAny();
        return perMember;
    }

    /**
     * The recipients now: a segment's accounts in the actor's scope (a segment the actor no longer sees is unknown),
     * or the named recipients still there and in scope (the others are left out, unnamed).
     */
    private static List<Taken> take(Context context, Campaign campaign) {
        List<Taken> taken = new ArrayList<>();
        if (campaign.target() instanceof CampaignTarget.OfSegment s) {
            Segment segment = context.uow.segments().findById(s.segmentId())
                    .filter(seg -> seg.visibleTo(context.user.id()))
                    .orElseThrow(() -> new NotFoundException("segment", "target.segmentId", s.segmentId()));
            AccountQuery query = segment.criteria();
            for (CampaignCandidate candidate : context.uow.campaigns().candidates(AccountQueries.criteria(context, query, false))) {
                taken.add(new Taken(candidate, null));
            }
            return taken;
        }
        List<CampaignRecipient> recipients = ((CampaignTarget.OfRecipients) campaign.target()).recipients();
        Set<AccountId> ids = new HashSet<>();
        recipients.forEach(r -> ids.add(r.accountId()));
        List<CampaignCandidate> candidates = context.uow.campaigns().candidates(ids);
        Predicate<CampaignCandidate> sees = AccountGuard.seesAll(context, candidates, c -> Set.copyOf(c.responsibles()));
        Map<AccountId, CampaignCandidate> visible = new HashMap<>();
        candidates.stream().filter(sees).forEach(c -> visible.put(c.accountId(), c));
        for (CampaignRecipient r : recipients) {
            CampaignCandidate account = visible.get(r.accountId());
            if (account == null) {
                continue;
            }
            Contact contact = null;
            if (r.contactId() != null) {
                contact = context.uow.contacts().findById(r.contactId())
                        .filter(c -> c.accountId().equals(r.accountId())).orElse(null);
                if (contact == null) {
                    continue;
                }
            }
            taken.add(new Taken(account, contact));
        }
        return taken;
    }

    /** The consent decisions of the recipients' accounts, a chunk of accounts per read. */
    private static Map<AccountId, List<Consent>> decisions(Context context, List<Taken> taken) {
        Set<AccountId> all = new java.util.LinkedHashSet<>();
        taken.forEach(t -> all.add(t.account().accountId()));
        Map<AccountId, List<Consent>> byAccount = new HashMap<>();
        List<AccountId> chunk = new ArrayList<>(CHUNK);
        for (AccountId id : all) {
            chunk.add(id);
            if (chunk.size() == CHUNK) {
                read(context, chunk, byAccount);
                chunk.clear();
            }
        }
        read(context, chunk, byAccount);
        return byAccount;
    }

    private static void read(Context context, List<AccountId> chunk, Map<AccountId, List<Consent>> byAccount) {
        if (chunk.isEmpty()) {
            return;
        }
        for (Consent consent : context.uow.consents().ofAccounts(chunk)) {
            byAccount.computeIfAbsent(consent.subject().accountId(), id -> new ArrayList<>()).add(consent);
        }
    }

    /**
     * Plans the members to reach into the agenda: each one's user and day, then one agenda entry each, on the tenant's
     * working days within the period from the launch day on.
     */
    private static void plan(Context context, Campaign campaign, VisitPlan plan, List<CampaignMember> members,
            List<Integer> reached, List<Taken> taken) {
        if (reached.isEmpty()) {
            return;
        }
        var calendar = context.uow.cases().slaSettings().calendar(context.tenant.timeZone());
        LocalDate today = context.now.atZone(context.tenant.timeZone()).toLocalDate();
        LocalDate from = campaign.period().from().isBefore(today) ? today : campaign.period().from();
        List<LocalDate> days = VisitPlanner.workingDays(from, campaign.period().to(), calendar.workingDays(), calendar.holidays());
        if (days.isEmpty()) {
            throw new RuleViolationException("campaign.no-working-day", "period", campaign.name());
        }
        List<VisitPlanner.Slot> slots;
        if (plan instanceof VisitPlan.ByTeam team) {
            slots = VisitPlanner.overTeam(reached.size(), team.users(), days, team.dailyCapacity());
        } else {
            // The account's first responsible by id; the campaign's owner for an account without one.
            List<UserId> assignees = new ArrayList<>(reached.size());
            for (int i : reached) {
                List<UserId> responsibles = taken.get(i).account().responsibles();
                assignees.add(responsibles.isEmpty() ? campaign.owner() : responsibles.get(0));
            }
            slots = VisitPlanner.forAssignees(assignees, days, plan.dailyCapacity());
        }
        for (int k = 0; k < reached.size(); k++) {
            int i = reached.get(k);
            CampaignMember m = members.get(i);
            VisitPlanner.Slot slot = slots.get(k);
            AgendaEntry entry = context.uow.agenda().insert(AgendaEntry.create(m.accountId(), m.contactId(), null, null,
                    campaign.name(), new Schedule.AnyTimeOn(slot.day()), slot.user(), context.user.id(), null, null,
                    context.now));
            context.record(new AgendaEvent.AgendaEntryCreated(context.meta(), entry.id(), entry.accountId(),
                    m.contactId(), null, null, entry.userId(), slot.day(), null, AgendaEvent.summary(entry.description()), null));
            members.set(i, CampaignMember.builder(m.id(), m.campaignId(), m.accountId()).contactId(m.contactId())
                    .status(MemberStatus.SCHEDULED).assignee(slot.user()).plannedOn(slot.day()).agendaEntryId(entry.id())
                    .updatedAt(m.updatedAt()).build());
        }
    }
}
