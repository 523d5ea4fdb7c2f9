package dev.crmkit.internal;

import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.spi.AccountName;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog entries and accounts a page mentions by id, each kind read with one lookup. A page made of parts
 * (the account profile: its relationships and its timeline) gathers what every part mentions first, so the
 * parts share the lookups instead of each making its own.
 */
public final class Names {

    private final Set<CatalogEntryId> entryIds = new HashSet<>();
    private final Set<AccountId> accountIds = new HashSet<>();
    private Map<CatalogEntryId, CatalogEntry> entries;
    private Map<AccountId, AccountName> accounts;

    /** Notes a catalog entry a part mentions; only before {@link #load}. */
    public void entry(CatalogEntryId id) {
        loading();
        entryIds.add(id);
    }

    /** Notes an account a part mentions; only before {@link #load}. */
    public void account(AccountId id) {
        loading();
        accountIds.add(id);
    }

    private void loading() {
        if (entries != null) {
            throw new IllegalStateException("names already loaded");
        }
    }

    /** Reads every entry and account noted, with one lookup each (none for a kind with nothing noted). */
    public Names load(Context context) {
        loading();
        entries = entryIds.isEmpty() ? Map.of() : context.uow.catalog().findByIds(entryIds).stream()
                .collect(Collectors.toMap(CatalogEntry::id, Function.identity()));
        accounts = accountIds.isEmpty() ? Map.of() : context.uow.accounts().names(accountIds).stream()
                .collect(Collectors.toMap(AccountName::id, Function.identity()));
        return this;
    }

    /** The entries noted that the tenant has, by id. */
    public Map<CatalogEntryId, CatalogEntry> entries() {
        return loaded(entries);
    }

    /** The names and responsibles of the accounts noted that the tenant has, by id. */
    public Map<AccountId, AccountName> accounts() {
        return loaded(accounts);
    }

    private static <T> T loaded(T value) {
        if (value == null) {
            throw new IllegalStateException("names not loaded");
        }
        return value;
    }
}
