package dev.crmkit.pipeline;

import dev.crmkit.account.Account;
import dev.crmkit.account.AccountWiring;
import dev.crmkit.account.Classification;
import dev.crmkit.common.AccessDeniedException;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.CommentId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.StageId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.Text;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.event.CardEvent;
import dev.crmkit.internal.AccountDeletion;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.AgendaLinks;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.PipelineGuard;
import dev.crmkit.internal.Uploads;
import dev.crmkit.internal.UseCases;
import dev.crmkit.internal.Users;
import dev.crmkit.spi.DocumentStore;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** {@link Cards} for one actor. */
final class CardService implements Cards {

    private final UseCases useCases;
    private final Caller actor;
    private final DocumentStore store;
    private final long maxBytes;
    private final BoardService boards;
    private final CardImportService imports;

    CardService(UseCases useCases, Caller actor, DocumentStore store, long maxBytes) {
        this.useCases = useCases;
        this.actor = actor;
        this.store = store;
        this.maxBytes = maxBytes;
        this.boards = new BoardService(useCases, actor);
        this.imports = new CardImportService(useCases, actor);
    }

    @Override
    public List<CardId> importCards(ImportCards command) {
        return imports.importCards(command);
    }

    @Override
    public Card create(CreateCard command) {
        List<DocumentId> copied = new ArrayList<>();
        try {
            return useCases.write(actor, command, context -> {
                // Copies made by an attempt the store refused (this one is a retry) belong to no card.
                copied.forEach(id -> store.delete(actor.tenantId(), id));
                copied.clear();
                Pipeline pipeline = PipelineGuard.visibleForPlacement(context, command.pipelineId(), "pipelineId");
                InvalidCommandException.Builder problems = InvalidCommandException.builder("CreateCard");
                Stage stage = command.stageId() == null ? pipeline.stages().get(0) : pipeline.stage(command.stageId()).orElse(null);
                if (stage == null) {
                    problems.add("stageId", "UnknownReference", command.stageId().toString());
                }
                BaseCard base = pipeline.baseCard();
                Set<LabelId> labels = union(base.labels(), command.labels());
                Set<UserId> members = union(base.members(), command.members());
                PipelineService.checkLabels(pipeline, problems, "labels", command.labels() == null ? Set.of() : command.labels());
                PipelineService.checkMembers(context, pipeline, problems, "members", command.members() == null ? Set.of() : command.members());
                checkCommon(context, problems, command.salespersonId(), null, command.value());
                problems.throwIfAny();
                if (command.accountId() != null) {
                    requireFreeAccount(context, pipeline.id(), command.accountId(), null, "accountId");
                }
                String position = PositionKeys.between(context.uow.cards().lastPosition(pipeline.id(), stage.id()).orElse(null), null);
                List<Comment> comments = new ArrayList<>();
                for (BaseComment comment : base.comments()) {
                    comments.add(new Comment(CommentId.newId(), comment.author(), comment.text(), context.now, null));
                }
                List<Attachment> attachments = new ArrayList<>();
                for (Attachment attachment : base.attachments()) {
                    DocumentId copy = DocumentId.newId();
                    Uploads.copy(store, context.uow.tenantId(), attachment.id(), copy, attachment.size(), attachment.sha256(),
                            context.locale);
                    copied.add(copy);
                    attachments.add(new Attachment(copy, attachment.fileName(), attachment.mediaType(), attachment.size(),
                            attachment.sha256(), context.user.id(), context.now));
                }
                Card card = context.uow.cards().insert(Card.builder().id(CardId.newId()).pipelineId(pipeline.id())
                        .stageId(stage.id()).position(position).name(command.name().strip())
                        .description(command.description() == null ? base.description() : Text.trimToNull(command.description()))
                        .labels(labels).members(members).salespersonId(command.salespersonId()).value(command.value())
                        .expectedCloseDate(command.expectedCloseDate()).accountId(command.accountId()).comments(comments)
                        .attachments(attachments).createdBy(context.user.id()).createdAt(context.now).updatedAt(context.now)
                        .build());
                context.record(new CardEvent.CardCreated(context.meta(), pipeline.id(), card.id(), card.accountId().orElse(null),
                        card.name(), stage.id(), PipelineService.fromNothing(card.fields())));
                return card;
            });
        } catch (RuntimeException e) {
            copied.forEach(id -> store.delete(actor.tenantId(), id));
            throw e;
        }
    }

    @Override
    public Card update(UpdateCard command) {
        return useCases.write(actor, command, context -> {
            PipelineGuard.CardInPipeline found = PipelineGuard.visibleCardInPipeline(context, command.cardId(), "cardId");
            Card current = versioned(found.card(), command.expectedVersion());
            Pipeline pipeline = found.pipeline();
            InvalidCommandException.Builder problems = InvalidCommandException.builder("UpdateCard");
            Set<LabelId> labels = command.labels() == null ? Set.of() : command.labels();
            Set<UserId> members = command.members() == null ? Set.of() : command.members();
            PipelineService.checkLabels(pipeline, problems, "labels", labels);
            Set<UserId> newMembers = new HashSet<>(members);
            newMembers.removeAll(current.members());
            PipelineService.checkMembers(context, pipeline, problems, "members", newMembers);
            checkCommon(context, problems, command.salespersonId(), current.salespersonId().orElse(null), command.value());
            problems.throwIfAny();
            if (command.accountId() != null && !command.accountId().equals(current.accountId().orElse(null))) {
                if (current.open()) {
                    requireFreeAccount(context, pipeline.id(), command.accountId(), current.id(), "accountId");
                } else {
                    AccountGuard.visible(context, command.accountId(), "accountId");
                }
            }
            var changed = current.edit(current.toBuilder().name(command.name().strip())
                    .description(Text.trimToNull(command.description())).labels(labels).members(members)
                    .salespersonId(command.salespersonId()).value(command.value()).expectedCloseDate(command.expectedCloseDate())
                    .accountId(command.accountId()), context.now);
            return store(context, current, changed, (card, changes) -> new CardEvent.CardUpdated(context.meta(),
                    card.pipelineId(), card.id(), card.accountId().orElse(current.accountId().orElse(null)), card.name(), changes));
        });
    }

    @Override
    public Card move(MoveCard command) {
        return useCases.write(actor, command, context -> {
            PipelineGuard.CardInPipeline found = PipelineGuard.visibleCardForPlacement(context, command.cardId(), "cardId");
            Card current = versioned(found.card(), command.expectedVersion());
            Pipeline pipeline = found.pipeline();
            if (pipeline.stage(command.stageId()).isEmpty()) {
                throw InvalidCommandException.builder("MoveCard").add("stageId", "UnknownReference", command.stageId().toString()).build();
            }
            String before = null;
            if (command.afterCardId() != null) {
                if (command.afterCardId().equals(current.id())) {
                    throw InvalidCommandException.builder("MoveCard").add("afterCardId", "Self").build();
                }
                Card after = context.uow.cards().findById(command.afterCardId())
                        .filter(c -> c.pipelineId().equals(current.pipelineId()) && c.stageId().equals(command.stageId()))
                        .orElseThrow(() -> InvalidCommandException.builder("MoveCard").add("afterCardId", "NotInStage").build());
                before = after.position();
            }
            String next = context.uow.cards().nextPosition(current.pipelineId(), command.stageId(), before).orElse(null);
            if (current.stageId().equals(command.stageId()) && current.position().equals(next)) {
                // The card is already right there: nothing moves, nothing is rewritten.
                return current;
            }
            String position = PositionKeys.between(before, next);
            var moved = current.edit(current.toBuilder().stageId(command.stageId()).position(position), context.now);
            return store(context, current, moved, (card, changes) -> new CardEvent.CardMoved(context.meta(), card.pipelineId(),
                    card.id(), card.accountId().orElse(null), card.name(), current.stageId(), card.stageId(), changes));
        });
    }

    @Override
    public Comment addComment(AddComment command) {
        CardId cardId = command == null ? null : command.cardId();
        // The last try's comment is the one stored: a retried delta makes a new one.
        Comment[] added = {null};
        changeComments(command, cardId, (context, current, comments) -> {
            added[0] = new Comment(CommentId.newId(), context.user.id(), command.text().strip(), context.now, null);
            comments.add(added[0]);
        });
        return added[0];
    }

    @Override
    public Card editComment(EditComment command) {
        return changeComments(command, command == null ? null : command.cardId(), (context, current, comments) -> {
            Comment comment = ownComment(context, current, command.commentId());
            comments.replaceAll(c -> c.id().equals(comment.id())
                    ? new Comment(c.id(), c.author(), command.text().strip(), c.createdAt(), context.now) : c);
        });
    }

    @Override
    public Card deleteComment(DeleteComment command) {
        return changeComments(command, command == null ? null : command.cardId(),
                (context, current, comments) -> comments.remove(ownComment(context, current, command.commentId())));
    }

    /** A comment change is a delta on the card's current comments: retried, never lost to a concurrent writer. */
    private Card changeComments(Object command, CardId cardId, CommentChange change) {
        return useCases.writeDelta(actor, command, context -> {
            Card current = PipelineGuard.visibleCard(context, cardId, "cardId");
            Card.Builder edited = current.toBuilder();
            List<Comment> comments = edited.commentsCopy();
            change.apply(context, current, comments);
            return store(context, current, current.edit(edited.comments(comments), context.now), updated(context));
        });
    }

    @FunctionalInterface
    private interface CommentChange {
        void apply(Context context, Card current, List<Comment> comments);
    }

    @Override
    public Attachment attach(CardId cardId, AttachFile file, InputStream content) {
        DocumentId id = DocumentId.newId();
        TenantId[] tenant = {null};
        Uploads.Stored stored = useCases.read(actor, file, context -> {
            PipelineGuard.visibleCard(context, cardId, "cardId");
            tenant[0] = context.uow.tenantId();
            return Uploads.write(store, tenant[0], id, Context.required(content, "content"), maxBytes, null);
        });
        try {
            Attachment[] added = {null};
            useCases.writeDelta(actor, file, context -> {
                Card current = PipelineGuard.visibleCard(context, cardId, "cardId");
                Card.Builder edited = current.toBuilder();
                List<Attachment> attachments = edited.attachmentsCopy();
                added[0] = new Attachment(id, file.fileName().strip(), file.mediaType().toLowerCase(Locale.ROOT),
                        stored.size(), stored.sha256(), context.user.id(), context.now);
                attachments.add(added[0]);
                return store(context, current, current.edit(edited.attachments(attachments), context.now), updated(context));
            });
            return added[0];
        } catch (RuntimeException e) {
            store.delete(tenant[0], id);
            throw e;
        }
    }

    @Override
    public Card removeAttachment(CardId cardId, DocumentId documentId) {
        return useCases.writeDelta(actor, context -> {
            Card current = PipelineGuard.visibleCard(context, cardId, "cardId");
            Context.required(documentId, "documentId");
            Attachment attachment = current.attachment(documentId)
                    .orElseThrow(() -> new NotFoundException("attachment", "documentId", documentId));
            Card.Builder edited = current.toBuilder();
            List<Attachment> attachments = edited.attachmentsCopy();
            attachments.remove(attachment);
            TenantId tenant = context.uow.tenantId();
            context.afterCommit(() -> store.delete(tenant, documentId));
            return store(context, current, current.edit(edited.attachments(attachments), context.now), updated(context));
        });
    }

    @Override
    public AttachmentContent openAttachment(CardId cardId, DocumentId documentId) {
        return useCases.read(actor, context -> {
            Card card = PipelineGuard.visibleCard(context, cardId, "cardId");
            Attachment attachment = card.attachment(Context.required(documentId, "documentId"))
                    .orElseThrow(() -> new NotFoundException("attachment", "documentId", documentId));
            return new AttachmentContent(attachment,
                    Uploads.read(store, context.uow.tenantId(), attachment.id(), attachment.size(), attachment.sha256(),
                            "attachment", context.locale));
        });
    }

    @Override
    public Card archive(CardOutcome command) {
        return outcome(command, command == null ? null : command.expectedVersion(), (context, card) -> {
            if (card.archived()) {
                return null;
            }
            return card.toBuilder().archived(true);
        }, CardEvent.Outcome.ARCHIVED);
    }

    @Override
    public Card unarchive(CardOutcome command) {
        return outcome(command, command == null ? null : command.expectedVersion(), (context, card) -> {
            if (!card.archived()) {
                return null;
            }
            Card.Builder next = card.toBuilder().archived(false);
            requireFreeIfReopening(context, card, next);
            return next;
        }, CardEvent.Outcome.UNARCHIVED);
    }

    @Override
    public Card markLost(MarkCardLost command) {
        return outcome(command, command == null ? null : command.expectedVersion(), (context, card) -> {
            requireOpen(card);
            // The outcome read the pipeline with the card (readsPipeline): the unit of work has it at hand.
            Pipeline pipeline = context.uow.pipelines().findByIdToRead(card.pipelineId()).orElseThrow();
            String reason = Text.trimToNull(command.reason());
            if (reason == null && pipeline.settings().lossReasonRequired()) {
                throw InvalidCommandException.builder("MarkCardLost").add("reason", "NotBlank").build();
            }
            return card.toBuilder().lost(context.now, reason);
        }, CardEvent.Outcome.LOST, true);
    }

    @Override
    public Card reopen(CardOutcome command) {
        return outcome(command, command == null ? null : command.expectedVersion(), (context, card) -> {
            if (card.lostAt().isEmpty()) {
                throw new RuleViolationException("card.not-lost", "cardId", card.name());
            }
            Card.Builder next = card.toBuilder().lost(null, null);
            requireFreeIfReopening(context, card, next);
            return next;
        }, CardEvent.Outcome.REOPENED);
    }

    @Override
    public Card convertToCustomer(CardOutcome command) {
        return outcome(command, command == null ? null : command.expectedVersion(), (context, card) -> {
            requireOpen(card);
            AccountId accountId = card.accountId()
                    .orElseThrow(() -> new RuleViolationException("card.no-account", "cardId", card.name()));
            Account account = AccountGuard.visible(context, accountId, "cardId");
            AccountWiring.makeCustomer(context, account);
            return card.toBuilder().convertedToCustomerAt(context.now);
        }, CardEvent.Outcome.CONVERTED_TO_CUSTOMER);
    }

    @Override
    public Card convertToService(ConvertCardToService command) {
        return outcome(command, command == null ? null : command.expectedVersion(), (context, card) -> {
            requireOpen(card);
            return card.toBuilder().convertedToService(context.now, command.serviceReference().strip());
        }, CardEvent.Outcome.CONVERTED_TO_SERVICE);
    }

    @Override
    public void delete(DeleteCard command) {
        useCases.write(actor, command, context -> {
            Card card = PipelineGuard.visibleCard(context, command.cardId(), "cardId");
            Account prospect = null;
            if (command.deleteProspect() && card.accountId().isPresent()) {
                prospect = AccountGuard.visible(context, card.accountId().get(), "cardId");
                if (prospect.classification() == Classification.CUSTOMER) {
                    throw new RuleViolationException("account.customer", "deleteProspect", prospect.details().legalName());
                }
            }
            AgendaLinks.unlinkCard(context, card);
            context.uow.cards().delete(card);
            TenantId tenant = context.uow.tenantId();
            card.attachments().forEach(a -> context.afterCommit(() -> store.delete(tenant, a.id())));
            context.record(new CardEvent.CardDeleted(context.meta(), card.pipelineId(), card.id(), card.accountId().orElse(null),
                    card.name(), prospect != null));
            if (prospect != null) {
                AccountDeletion.delete(context, prospect, store, "deleteProspect");
            }
            return null;
        });
    }

    @Override
    public Card get(CardId cardId) {
        return useCases.read(actor, context -> PipelineGuard.visibleCard(context, cardId, "cardId"));
    }

    /** Runs an outcome command, versioned when the caller gave a version, as a retried delta otherwise. */
    private Card outcome(Object command, Version expected, BiFunction<Context, Card, Card.Builder> change,
            CardEvent.Outcome outcome) {
        return outcome(command, expected, change, outcome, false);
    }

    /**
     * As {@link #outcome(Object, Version, BiFunction, CardEvent.Outcome)}; a change that reads the card's pipeline
     * says so, and the card is read with it.
     */
    private Card outcome(Object command, Version expected, BiFunction<Context, Card, Card.Builder> change,
            CardEvent.Outcome outcome, boolean readsPipeline) {
        Function<Context, Card> body = context -> {
            CardId cardId = command instanceof CardOutcome o ? o.cardId()
                    : command instanceof MarkCardLost l ? l.cardId() : ((ConvertCardToService) command).cardId();
            Card read = readsPipeline ? PipelineGuard.visibleCardInPipeline(context, cardId, "cardId").card()
                    : PipelineGuard.visibleCard(context, cardId, "cardId");
            Card current = expected == null ? read : versioned(read, expected);
            Card.Builder next = change.apply(context, current);
            if (next == null) {
                return current;
            }
            return store(context, current, current.edit(next, context.now), (card, changes) -> new CardEvent.CardOutcomeChanged(
                    context.meta(), card.pipelineId(), card.id(), card.accountId().orElse(null), card.name(), outcome, changes));
        };
        return expected == null ? useCases.writeDelta(actor, command, body) : useCases.write(actor, command, body);
    }

    private static Card versioned(Card current, Version expected) {
        if (!current.version().equals(expected)) {
            throw ConflictException.staleVersion("card", current.id(), expected, current.version());
        }
        return current;
    }

    private static BiFunction<Card, List<FieldChange>, CardEvent> updated(Context context) {
        return (card, changes) -> new CardEvent.CardUpdated(context.meta(), card.pipelineId(), card.id(),
                card.accountId().orElse(null), card.name(), changes);
    }

    /** Stores a changed card and records its event; an unchanged card is returned as it is. */
    private static Card store(Context context, Card current, Changed<Card> changed,
            BiFunction<Card, List<FieldChange>, CardEvent> event) {
        if (!changed.changed()) {
            return current;
        }
        Card stored = context.uow.cards().update(changed.value());
        context.record(event.apply(stored, changed.changes()));
        return stored;
    }

    private static Comment ownComment(Context context, Card card, CommentId commentId) {
        Comment comment = card.comment(Context.required(commentId, "commentId"))
                .orElseThrow(() -> new NotFoundException("comment", "commentId", commentId));
        if (!comment.author().equals(context.user.id())) {
            throw new AccessDeniedException("access.not-comment-author", "commentId", comment.author().value());
        }
        return comment;
    }

    private static void requireOpen(Card card) {
        if (!card.open()) {
            throw new RuleViolationException("card.not-open", "cardId", card.name());
        }
    }

    /** A card that becomes open again must not make its account's second open card in the pipeline. */
    private static void requireFreeIfReopening(Context context, Card card, Card.Builder next) {
        Card after = next.build();
        if (!card.open() && after.open() && after.accountId().isPresent()) {
            requireFreeAccount(context, card.pipelineId(), after.accountId().get(), card.id(), "cardId");
        }
    }

    /** The account is in the actor's scope and has no other open card in the pipeline. */
    private static void requireFreeAccount(Context context, PipelineId pipelineId, AccountId accountId, CardId self, String field) {
        AccountGuard.visible(context, accountId, field);
        Optional<Card> open = context.uow.cards().findOpenByAccount(pipelineId, accountId).filter(c -> !c.id().equals(self));
        if (open.isPresent()) {
            throw new RuleViolationException("card.account-has-open-card", field, open.get().name());
        }
    }

    private static void checkCommon(Context context, InvalidCommandException.Builder problems, UserId salesperson,
            UserId currentSalesperson, Money value) {
        if (salesperson != null) {
            Users.checkUser(context, problems, "salespersonId", salesperson, currentSalesperson);
        }
        if (value != null && value.isNegative()) {
            problems.add("value.amount", "PositiveOrZero");
        }
    }

    private static <T> Set<T> union(Set<T> base, Set<T> more) {
        Set<T> all = new HashSet<>(base);
        if (more != null) {
            all.addAll(more);
        }
        return all;
    }

    @Override
    public Board board(PipelineId pipelineId, BoardFilter filter) {
        return boards.board(pipelineId, filter);
    }

    @Override
    public Page<CardSummary> stage(PipelineId pipelineId, StageId stageId, BoardFilter filter, String cursor) {
        return boards.stage(pipelineId, stageId, filter, cursor);
    }
}
