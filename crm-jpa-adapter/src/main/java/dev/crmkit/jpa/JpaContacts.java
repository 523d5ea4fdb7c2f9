package dev.crmkit.jpa;

import dev.crmkit.access.AccountAccess;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.SearchText;
import dev.crmkit.common.Version;
import dev.crmkit.contact.Contact;
import dev.crmkit.contact.ContactListing;
import dev.crmkit.spi.ContactRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The contacts of a unit of work's tenant; the directory is one SQL query plus one for the account names. */
final class JpaContacts implements ContactRepository {

    private final JpaUnitOfWork uow;

    JpaContacts(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    private ContactEntity row(ContactId id) {
        return uow.find(ContactEntity.class, new Keys.ByUuid(uow.tenant, id.value()));
    }

    @Override
    public Optional<Contact> findById(ContactId id) {
        return Optional.ofNullable(row(id)).map(r -> r.toDomain(uow.json));
    }

    /** One statement read with plain JDBC, the ids bound as {@link InList#ofUuids} writes them. */
    @Override
    public List<Contact> findByIds(Collection<ContactId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList in = uow.uuids("id", ids.stream().map(ContactId::value).distinct().toList());
        return in.bind(new SqlQuery().append("select c.* from crm_contact c where c.tenant_id = :tenant and " + in.in("c.id"),
                        "tenant", uow.tenant))
                .rows(uow, 0, ContactEntity::read).stream().map(r -> r.toDomain(uow.json)).toList();
    }

    @Override
    public List<Contact> findByAccount(AccountId accountId) {
        // Read with plain JDBC: a listing nobody changes (a change reads its row by id, a delete through rowsOf).
        return new SqlQuery().append("select c.* from crm_contact c where c.tenant_id = :tenant and c.account_id = :account",
                        "tenant", uow.tenant).bind("account", accountId.value())
                .rows(uow, 0, ContactEntity::read).stream().map(r -> r.toDomain(uow.json)).toList();
    }

    private List<ContactEntity> rowsOf(AccountId accountId) {
        return uow.em().createQuery("select c from Contact c where c.tenantId = :tenant and c.accountId = :account",
                        ContactEntity.class)
                .setParameter("tenant", uow.tenant)
                .setParameter("account", accountId.value())
                .getResultList();
    }

    @Override
    public List<ContactListing> directory(AccountAccess access, SearchText.Query text, ContactPosition after, int limit) {
        SqlQuery sql = new SqlQuery().append("select c.* from crm_contact c join crm_account a"
                + " on a.tenant_id = c.tenant_id and a.id = c.account_id where c.tenant_id = :tenant", "tenant", uow.tenant);
        if (text != null) {
            sql.append(" and (c.search_text like :text escape '\\'", "text", SqlQuery.contains(text.folded()));
            if (text.digits() != null) {
                sql.append(" or c.search_digits like :digits escape '\\'", "digits", SqlQuery.contains(text.digits()));
            }
            sql.append(")");
        }
        if (after != null) {
            sql.append(" and (c.name_key, c.id) > (:afterKey, :afterId)", "afterKey", after.nameKey())
                    .bind("afterId", after.id().value());
        }
        sql.access(access, "a", "id").append(" order by c.name_key, c.id");
        List<ContactEntity> rows = sql.entities(uow.em(), ContactEntity.class, limit);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = new HashMap<>();
        InList in = new InList("id", rows.stream().map(r -> r.accountId).toList());
        in.bind(uow.em().createQuery("select a.id, a.legalName from Account a where a.tenantId = :tenant and " + in.in("a.id"),
                        Object[].class))
                .setParameter("tenant", uow.tenant)
                .getResultList()
                .forEach(pair -> names.put((UUID) pair[0], (String) pair[1]));
        return rows.stream().map(r -> new ContactListing(r.toDomain(uow.json), names.get(r.accountId))).toList();
    }

    @Override
    public Contact insert(Contact contact) {
        // A taken id surfaces as the primary key's violation, translated to ConflictException.duplicate.
        Contact stored = contact.withVersion(Version.FIRST);
        ContactEntity row = ContactEntity.of(uow.tenant, stored, uow.json);
        row.version = Version.FIRST.value();
        uow.insert(row);
        return stored;
    }

    @Override
    public Contact update(Contact contact) {
        ContactEntity row = row(contact.id());
        boolean unchanged = row != null && row.toDomain(uow.json).equals(contact);
        return contact.withVersion(uow.update(row, "contact", contact.id(), contact.version(), r -> r.version, unchanged,
                r -> r.apply(contact, uow.json)));
    }

    @Override
    public void delete(Contact contact) {
        uow.delete(row(contact.id()), "contact", contact.id(), contact.version(), r -> r.version);
    }

    @Override
    public List<Contact> deleteByAccount(AccountId accountId) {
        uow.writable();
        List<ContactEntity> rows = rowsOf(accountId);
        rows.forEach(uow::remove);
        return rows.stream().map(r -> r.toDomain(uow.json)).toList();
    }
}
