package dev.crmkit.inmemory;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.spi.RelationshipRepository;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The relationships of a partition. */
final class InMemoryRelationships implements RelationshipRepository {

    private final InMemoryUnitOfWork uow;
    private final TenantPartition data;

    InMemoryRelationships(InMemoryUnitOfWork uow) {
        this.uow = uow;
        this.data = uow.data;
    }

    @Override
    public Optional<Relationship> findById(RelationshipId id) {
        return data.relationships.get(id);
    }

    @Override
    public List<Relationship> findByAccount(AccountId accountId) {
        return data.relationships.find(data.relationshipsByAccount, accountId);
    }

    @Override
    public boolean exists(AccountId from, AccountId to, CatalogEntryId typeId) {
        return data.relationships.findUnique(data.relationshipsByTriple, List.of(from, to, typeId)).isPresent();
    }

    @Override
    public boolean pathExists(CatalogEntryId typeId, AccountId from, AccountId to) {
        Set<AccountId> seen = new HashSet<>();
        Deque<AccountId> frontier = new ArrayDeque<>();
        frontier.add(from);
        while (!frontier.isEmpty()) {
            AccountId node = frontier.poll();
            for (Relationship edge : data.relationships.find(data.relationshipsByFromAndType,
                    new TenantPartition.FromAndType(node, typeId))) {
                if (edge.to().equals(to)) {
                    return true;
                }
                if (seen.add(edge.to())) {
                    frontier.add(edge.to());
                }
            }
        }
        return false;
    }

    @Override
    public boolean existsOfType(CatalogEntryId typeId) {
        return data.relationshipsByType.contains(typeId);
    }

    @Override
    public Relationship insert(Relationship relationship) {
        return uow.insert(data.relationships, relationship::withVersion);
    }

    @Override
    public void delete(Relationship relationship) {
        uow.delete(data.relationships, "relationship", relationship.id(), relationship.version(), Relationship::version);
    }

    @Override
    public List<Relationship> deleteByAccount(AccountId accountId) {
        Journal journal = uow.writable();
        List<Relationship> removed = findByAccount(accountId);
        for (Relationship relationship : removed) {
            data.relationships.delete(relationship.id(), journal);
        }
        return removed;
    }
}
