package dev.crmkit.inmemory;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.account.Account;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.MessageId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.Version;
import dev.crmkit.message.Message;
import dev.crmkit.spi.MessageRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The archive of messages of a partition. */
final class InMemoryMessages implements MessageRepository {

    /** Newest first: by time, then id, both descending (the order of every store). */
    static final Comparator<Message> NEWEST_FIRST = Comparator.comparing(Message::occurredAt)
            .thenComparing(Message::id).reversed();

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryMessages(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public boolean insert(Message message) {
        Journal journal = uow.writable();
        if (message.externalId() != null && data.messages.findUnique(data.messagesByExternalId, message.externalId()).isPresent()) {
            return false;
        }
        data.messages.insert(message, journal);
        return true;
    }

    @Override
    public void update(Message message, Version expected) {
        Journal journal = uow.writable();
        Message current = data.messages.get(message.id())
                .orElseThrow(() -> new NotFoundException("message", "id", message.id()));
        if (!current.version().equals(expected)) {
            throw ConflictException.staleVersion("message", message.id(), expected, current.version());
        }
        data.messages.replace(message, journal);
    }

    @Override
    public Optional<Message> findById(MessageId id) {
        return data.messages.get(id);
    }

    @Override
    public Optional<Message> findByExternalId(String externalId) {
        return data.messages.findUnique(data.messagesByExternalId, externalId);
    }

    @Override
    public List<Message> page(MessageCriteria criteria, MessagePosition after, int limit) {
        Collection<Message> candidates = criteria.accountId() == null ? data.messages.all()
                : data.messages.find(data.messagesByAccount, criteria.accountId());
        Map<AccountId, Boolean> seen = new HashMap<>();
        List<Message> matching = new ArrayList<>();
        for (Message message : candidates) {
            if (criteria.matchesFilters(message) && (after == null || isAfter(message, after))
                    && seen.computeIfAbsent(message.accountId(), id -> visible(criteria.access(), id))) {
                matching.add(message);
            }
        }
        matching.sort(NEWEST_FIRST);
        return List.copyOf(matching.subList(0, Math.min(limit, matching.size())));
    }

    @Override
    public void deleteByAccount(AccountId accountId) {
        Journal journal = uow.writable();
        for (Message message : data.messages.find(data.messagesByAccount, accountId)) {
            data.messages.delete(message.id(), journal);
        }
    }

    private static boolean isAfter(Message message, MessagePosition after) {
        int byTime = message.occurredAt().compareTo(after.occurredAt());
        return byTime < 0 || (byTime == 0 && message.id().compareTo(after.id()) < 0);
    }

    private boolean visible(AccountAccess access, AccountId accountId) {
        Account account = data.accounts.get(accountId).orElse(null);
        return account != null && access.admits(account.responsibles(), data::teamOf);
    }
}
