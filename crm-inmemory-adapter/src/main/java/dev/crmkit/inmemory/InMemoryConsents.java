package dev.crmkit.inmemory;

import dev.crmkit.common.AccountId;
import dev.crmkit.consent.Consent;
import dev.crmkit.consent.ConsentSettings;
import dev.crmkit.spi.ConsentRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The consent decisions, opt-out tokens and rule of consent of a partition. */
final class InMemoryConsents implements ConsentRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryConsents(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public void insert(Consent consent) {
        Journal journal = uow.writable();
        AccountId accountId = consent.subject().accountId();
        List<Consent> line = data.consents.computeIfAbsent(accountId, id -> new ArrayList<>());
        line.add(consent);
        journal.onRollback(() -> {
            line.remove(line.size() - 1);
            if (line.isEmpty()) {
                data.consents.remove(accountId);
            }
        });
    }

    @Override
    public List<Consent> ofAccount(AccountId accountId) {
        return List.copyOf(data.consents.getOrDefault(accountId, List.of()));
    }

    @Override
    public void insertToken(String hash, OptOutToken token) {
        Journal journal = uow.writable();
        if (data.consentTokens.putIfAbsent(hash, token) == null) {
            journal.onRollback(() -> data.consentTokens.remove(hash));
        }
    }

    @Override
    public Optional<OptOutToken> token(String hash) {
        return Optional.ofNullable(data.consentTokens.get(hash));
    }

    @Override
    public Map<String, OptOutToken> tokensOf(AccountId accountId) {
        Map<String, OptOutToken> of = new java.util.TreeMap<>();
        data.consentTokens.forEach((hash, token) -> {
            if (token.subject().accountId().equals(accountId)) {
                of.put(hash, token);
            }
        });
        return of;
    }

    @Override
    public void deleteAccount(AccountId accountId) {
        Journal journal = uow.writable();
        List<Consent> removed = data.consents.remove(accountId);
        if (removed != null) {
            journal.onRollback(() -> data.consents.put(accountId, removed));
        }
        Map<String, OptOutToken> tokens = new HashMap<>();
        data.consentTokens.entrySet().removeIf(e -> {
            boolean of = e.getValue().subject().accountId().equals(accountId);
            if (of) {
                tokens.put(e.getKey(), e.getValue());
            }
            return of;
        });
        if (!tokens.isEmpty()) {
            journal.onRollback(() -> data.consentTokens.putAll(tokens));
        }
    }

    @Override
    public ConsentSettings settings() {
        return data.consentSettings == null ? ConsentSettings.DEFAULT : data.consentSettings;
    }

    @Override
    public void saveSettings(ConsentSettings settings) {
        Journal journal = uow.writable();
        ConsentSettings previous = data.consentSettings;
        data.consentSettings = settings;
        journal.onRollback(() -> data.consentSettings = previous);
    }
}
