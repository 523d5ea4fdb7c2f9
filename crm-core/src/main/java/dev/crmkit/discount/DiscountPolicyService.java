package dev.crmkit.discount;

import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.event.DiscountEvent;
import dev.crmkit.internal.AccountDeletion;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.CatalogReferences;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.UseCases;
import dev.crmkit.product.Validity;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.Messages;
import dev.crmkit.history.ChangeLine;
import dev.crmkit.history.TimelineEntry;
import dev.crmkit.internal.HistoryWords;
import dev.crmkit.spi.DiscountHistoryRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Comparator;
import java.util.List;

/** {@link DiscountPolicies} for one actor. */
final class DiscountPolicyService implements DiscountPolicies {

    private final UseCases useCases;
    private final Caller actor;

    DiscountPolicyService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public DiscountPolicy create(DiscountTerms terms) {
        return useCases.write(actor, terms, context -> {
            context.requireAdmin();
            check(context, terms, null, "CreateDiscountPolicy", "");
            DiscountPolicy stored = context.uow.discounts().insert(DiscountPolicy.create(terms, context.now));
            record(context, new DiscountEvent.DiscountPolicyCreated(context.meta(), stored.id(), terms.name(),
                    terms.percent()));
            return stored;
        });
    }

    @Override
    public DiscountPolicy update(UpdateDiscountPolicy command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            DiscountPolicy current = current(context, command.policyId(), command.expectedVersion());
            check(context, command.terms(), current, "UpdateDiscountPolicy", "terms.");
            return store(context, current, command.terms());
        });
    }

    @Override
    public DiscountPolicy end(EndDiscountPolicy command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            DiscountPolicy current = current(context, command.policyId(), command.expectedVersion());
            LocalDate yesterday = LocalDate.ofInstant(context.now, context.tenant.timeZone()).minusDays(1);
            Validity validity = current.terms().validity();
            if (validity.until() != null && !validity.until().isAfter(yesterday)) {
                return current;
            }
            if (validity.from().isAfter(yesterday)) {
                throw new RuleViolationException("discount.not-started", "policyId", current.terms().name(),
                        validity.from().toString());
            }
            return store(context, current, current.terms().toBuilder()
                    .validity(new Validity(validity.from(), yesterday)).build());
        });
    }

    @Override
    public void delete(DeleteDiscountPolicy command) {
        useCases.write(actor, command, context -> {
            context.requireAdmin();
            DiscountPolicy current = current(context, command.policyId(), command.expectedVersion());
            context.uow.discounts().delete(current);
            record(context, new DiscountEvent.DiscountPolicyDeleted(context.meta(), current.id(), current.terms().name()));
            return null;
        });
    }

    /** The policies of an account being deleted go with it, in id order so that every store records the same events. */
    static void deleteOfAccount(Context context, AccountId accountId) {
        for (DiscountPolicy policy : AccountDeletion.byId(context.uow.discounts().findByAccount(accountId), DiscountPolicy::id)) {
            context.uow.discounts().delete(policy);
            record(context, new DiscountEvent.DiscountPolicyDeleted(context.meta(), policy.id(), policy.terms().name()));
        }
    }

    @Override
    public DiscountPolicy get(DiscountPolicyId policyId) {
        return useCases.read(actor, context -> load(context, Context.required(policyId, "policyId")));
    }

    @Override
    public List<DiscountPolicy> list() {
        return useCases.read(actor, context -> context.uow.discounts().findAll().stream()
                .sorted(DiscountPrecedence.MOST_SPECIFIC_FIRST).toList());
    }

    @Override
    public List<TimelineEntry> history(DiscountPolicyId policyId) {
        return useCases.read(actor, context -> {
            Context.required(policyId, "policyId");
            List<TimelineEntry> entries = new ArrayList<>();
            for (DiscountHistoryRecord record : context.uow.discounts().history(policyId)) {
                entries.add(entry(context.locale, record));
            }
            if (entries.isEmpty()) {
                // Every policy the tenant had has its creation in its history, a deleted one included.
                throw new NotFoundException("discount-policy", "policyId", policyId);
            }
            return entries;
        });
    }

    /** The words of one history record: a summary and one line per changed field, in the reader's language. */
    private static TimelineEntry entry(Locale locale, DiscountHistoryRecord record) {
        DiscountEvent.PolicyEvent event = record.event();
        List<FieldChange> changes = event instanceof DiscountEvent.DiscountPolicyUpdated u ? u.changes() : List.of();
        List<ChangeLine> lines = new ArrayList<>();
        for (FieldChange change : changes) {
            lines.add(new ChangeLine(change.field(), HistoryWords.label(locale, change.field()), change.oldValue(),
                    change.newValue(), change.oldValue(), change.newValue()));
        }
        String summary = event instanceof DiscountEvent.DiscountPolicyCreated c
                ? Messages.format(locale, "discount-history.created", c.name(),
                        c.percent().stripTrailingZeros().toPlainString())
                : event instanceof DiscountEvent.DiscountPolicyUpdated u
                        ? Messages.format(locale, "discount-history.updated", u.name(), String.join(", ",
                                lines.stream().map(ChangeLine::fieldLabel).toList()))
                        : Messages.format(locale, "discount-history.deleted", event.name());
        return new TimelineEntry(event.meta().eventId(), event.meta().occurredAt(), event.meta().actor(),
                record.actorName(), event.getClass().getSimpleName(), summary, changes, lines);
    }

    /** Records a policy's event and its entry in the policy's history, with the actor's name of the time. */
    private static void record(Context context, DiscountEvent.PolicyEvent event) {
        context.record(event);
        context.uow.discounts().appendHistory(new DiscountHistoryRecord(event, context.user.displayName()));
    }

    @Override
    public void setLimit(SetDiscountLimit command) {
        useCases.write(actor, command, context -> {
            context.requireAdmin();
            InvalidCommandException.Builder problems = InvalidCommandException.builder("SetDiscountLimit");
            String subject;
            if (command.subject() instanceof DiscountLimit.User u) {
                if (context.uow.users().findById(u.userId()).isEmpty()) {
                    problems.add("subject.userId", "UnknownReference", u.userId().toString());
                }
                subject = "user:" + u.userId();
            } else {
                DiscountLimit.Team t = (DiscountLimit.Team) command.subject();
                CatalogReferences.check(context, problems, "subject.teamId", t.teamId(), CatalogKind.TEAM, t.teamId());
                subject = "team:" + t.teamId();
            }
            problems.throwIfAny();
            if (command.percent() == null) {
                if (context.uow.discounts().removeLimit(command.subject())) {
                    context.record(new DiscountEvent.DiscountLimitSet(context.meta(), subject, null));
                }
            } else {
                context.uow.discounts().setLimit(new DiscountLimit(command.subject(), command.percent()));
                context.record(new DiscountEvent.DiscountLimitSet(context.meta(), subject, command.percent()));
            }
            return null;
        });
    }

    @Override
    public List<DiscountLimit> limits() {
        return useCases.read(actor, context -> context.uow.discounts().limits().stream()
                .sorted(Comparator.comparing((DiscountLimit l) -> l.subject() instanceof DiscountLimit.Team)
                        .thenComparing(l -> l.subject().toString()))
                .toList());
    }

    private static DiscountPolicy store(Context context, DiscountPolicy current, DiscountTerms terms) {
        var changed = current.update(terms, context.now);
        if (!changed.changed()) {
            return current;
        }
        DiscountPolicy stored = context.uow.discounts().update(changed.value());
        record(context, new DiscountEvent.DiscountPolicyUpdated(context.meta(), stored.id(), stored.terms().name(),
                changed.changes()));
        return stored;
    }

    private static DiscountPolicy current(Context context, DiscountPolicyId id, dev.crmkit.common.Version expected) {
        DiscountPolicy current = load(context, id);
        if (!current.version().equals(expected)) {
            throw ConflictException.staleVersion("discount-policy", current.id(), expected, current.version());
        }
        return current;
    }

    private static DiscountPolicy load(Context context, DiscountPolicyId id) {
        return context.uow.discounts().findById(id)
                .orElseThrow(() -> new NotFoundException("discount-policy", "policyId", id));
    }

    /** What the terms name exists, the name is free, the validity runs forward; every problem at once. */
    private static void check(Context context, DiscountTerms terms, DiscountPolicy current, String command,
            String prefix) {
        InvalidCommandException.Builder problems = InvalidCommandException.builder(command);
        if (terms.validity().reversed()) {
            problems.add(prefix + "validity.until", "BeforeValidFrom");
        }
        context.uow.discounts().findByNameKey(terms.nameKey())
                .filter(other -> current == null || !other.id().equals(current.id()))
                .ifPresent(other -> problems.add(prefix + "name", "Unique"));
        DiscountScope scope = terms.scope();
        DiscountScope before = current == null ? null : current.terms().scope();
        if (scope instanceof DiscountScope.Account a) {
            AccountGuard.visible(context, a.accountId(), prefix + "scope.accountId");
        } else if (scope instanceof DiscountScope.CustomerType t) {
            CatalogReferences.check(context, problems, prefix + "scope.customerTypeId", t.customerTypeId(),
                    CatalogKind.CUSTOMER_TYPE, before instanceof DiscountScope.CustomerType b ? b.customerTypeId() : null);
        } else if (scope instanceof DiscountScope.PriceList l) {
            CatalogReferences.check(context, problems, prefix + "scope.priceListId", l.priceListId(),
                    CatalogKind.PRICE_LIST, before instanceof DiscountScope.PriceList b ? b.priceListId() : null);
        }
        if (terms.item() instanceof DiscountItem.Product p && context.uow.products().findById(p.productId()).isEmpty()) {
            problems.add(prefix + "item.productId", "UnknownReference", p.productId().toString());
        }
        problems.throwIfAny();
    }
}
