package dev.crmkit.message;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.MessageId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Page;
import dev.crmkit.common.SearchText;
import dev.crmkit.contact.Contact;
import dev.crmkit.document.Document;
import dev.crmkit.event.MessageEvent;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.UseCases;
import dev.crmkit.spi.MessageRepository.MessageCriteria;
import dev.crmkit.spi.MessageRepository.MessagePosition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@link Messages} for one actor. */
final class MessageService implements Messages {

    private static final int MAX_LIMIT = 200;

    private final UseCases useCases;
    private final Caller actor;

    MessageService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public Message log(LogMessage command) {
        return useCases.write(actor, command, context -> {
            AccountGuard.reachable(context, command.accountId(), "account", "accountId", command.accountId());
            InvalidCommandException.Builder problems = InvalidCommandException.builder("LogMessage");
            String subject = blankToNull(command.subject());
            if (subject == null && command.channel().needsSubject()) {
                problems.add("subject", "SubjectRequired");
            }
            String externalId = command.externalId() == null ? null : command.externalId().strip();
            if (externalId != null && externalId.isEmpty()) {
                problems.add("externalId", "NotBlank");
            }
            checkAttachments(context, command, problems);
            problems.throwIfAny();
            if (command.contactId() != null) {
                Contact contact = context.uow.contacts().findById(command.contactId()).orElse(null);
                // A contact of another account is answered as an unknown one.
                if (contact == null || !contact.accountId().equals(command.accountId())) {
                    throw new NotFoundException("contact", "contactId", command.contactId());
                }
            }
            if (externalId != null) {
                Message stored = context.uow.messages().findByExternalId(externalId).orElse(null);
                if (stored != null) {
                    return delivered(context, command.accountId(), stored);
                }
            }
            Message message = Message.builder(MessageId.newId(), command.accountId())
                    .contactId(command.contactId())
                    .direction(command.direction())
                    .channel(command.channel())
                    .subject(subject)
                    .body(command.body().strip())
                    .occurredAt(command.occurredAt())
                    .loggedBy(context.user.id())
                    .loggedAt(context.now)
                    .externalId(externalId)
                    .attachments(command.attachments())
                    .build();
            if (!context.uow.messages().insert(message)) {
                // Another delivery of the same message stored it first, between the lookup and the insert.
                return delivered(context, command.accountId(), context.uow.messages().findByExternalId(externalId).orElseThrow());
            }
            context.record(new MessageEvent.MessageLogged(context.meta(), message.id(), message.accountId(),
                    message.contactId(), message.direction(), message.channel(), message.subject()));
            return message;
        });
    }

    @Override
    public Message get(MessageId messageId) {
        return useCases.read(actor, context -> load(context, messageId));
    }

    @Override
    public Page<Message> ofAccount(AccountId accountId, boolean includeArchived, String cursor, int limit) {
        return useCases.read(actor, context -> {
            AccountGuard.reachable(context, Context.required(accountId, "accountId"), "account", "accountId", accountId);
            checkLimit(limit);
            MessageCriteria criteria = MessageCriteria.builder(context.access()).accountId(accountId)
                    .includeArchived(includeArchived).build();
            return page(context, criteria, cursor, limit);
        });
    }

    @Override
    public Page<Message> search(MessageSearch search) {
        return useCases.read(actor, search, context -> {
            checkLimit(search.limit());
            if (search.accountId() != null) {
                AccountGuard.reachable(context, search.accountId(), "account", "accountId", search.accountId());
            }
            if (search.from() != null && search.to() != null && !search.from().isBefore(search.to())) {
                throw InvalidCommandException.single("to", "AfterFrom");
            }
            SearchText.Query query = SearchText.Query.of(search.text());
            MessageCriteria criteria = MessageCriteria.builder(context.access())
                    .folded(query == null ? null : query.folded())
                    .channel(search.channel())
                    .direction(search.direction())
                    .accountId(search.accountId())
                    .between(search.from(), search.to())
                    .includeArchived(search.includeArchived())
                    .build();
            return page(context, criteria, search.cursor(), search.limit());
        });
    }

    @Override
    public Message archive(ArchiveMessage command) {
        return useCases.write(actor, command, context -> {
            Message current = load(context, command.messageId());
            if (!current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("message", current.id(), command.expectedVersion(), current.version());
            }
            if (current.archived() == command.archived()) {
                return current;
            }
            Message changed = current.withArchived(command.archived());
            context.uow.messages().update(changed, current.version());
            context.record(command.archived()
                    ? new MessageEvent.MessageArchived(context.meta(), changed.id(), changed.accountId(), changed.subject())
                    : new MessageEvent.MessageUnarchived(context.meta(), changed.id(), changed.accountId(), changed.subject()));
            return changed;
        });
    }

    /**
     * The message stored earlier with the same external id. One of an account outside the actor's scope is answered
     * as unknown, naming the external id, rather than shown.
     */
    private static Message delivered(Context context, AccountId reached, Message stored) {
        // The account the command named was found in scope already: only another one needs a look.
        if (!stored.accountId().equals(reached) && !AccountGuard.sees(context, stored.accountId())) {
            throw new NotFoundException("message", "externalId", stored.externalId());
        }
        return stored;
    }

    private Page<Message> page(Context context, MessageCriteria criteria, String cursor, int limit) {
        MessagePosition after = cursor == null ? null : useCases.cursors().message(context.uow.tenantId(), cursor);
        List<Message> rows = context.uow.messages().page(criteria, after, limit + 1);
        boolean more = rows.size() > limit;
        List<Message> items = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Message last = items.get(items.size() - 1);
            next = useCases.cursors().message(context.uow.tenantId(), new MessagePosition(last.occurredAt(), last.id()));
        }
        return new Page<>(List.copyOf(items), next, null);
    }

    private static Message load(Context context, MessageId messageId) {
        Message message = context.uow.messages().findById(Context.required(messageId, "messageId"))
                .orElseThrow(() -> new NotFoundException("message", "messageId", messageId));
        AccountGuard.reachableFromRecord(context, message.accountId(), "message", "messageId", messageId);
        return message;
    }

    /** Attachments are documents of the message's account, each once; a document elsewhere is named by its place. */
    private static void checkAttachments(Context context, LogMessage command, InvalidCommandException.Builder problems) {
        if (command.attachments().isEmpty()) {
            return;
        }
        Set<DocumentId> ofAccount = new HashSet<>();
        for (Document document : context.uow.documents().findByAccount(command.accountId())) {
            ofAccount.add(document.id());
        }
        Set<DocumentId> seen = new HashSet<>();
        for (int i = 0; i < command.attachments().size(); i++) {
            DocumentId id = command.attachments().get(i);
            if (!seen.add(id)) {
                problems.add("attachments[" + i + "]", "Repeated");
            } else if (!ofAccount.contains(id)) {
                problems.add("attachments[" + i + "]", "NotADocumentOfTheAccount");
            }
        }
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidCommandException.single("limit", "Range", 1, MAX_LIMIT);
        }
    }

    private static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
