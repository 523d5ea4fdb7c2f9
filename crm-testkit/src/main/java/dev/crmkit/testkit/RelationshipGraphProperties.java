package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.CrmSession;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.relationship.CreateRelationship;
import dev.crmkit.relationship.RelatedAccount;
import dev.crmkit.relationship.RelationshipDirection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property over random graphs: relating random pairs of accounts, with a hierarchical and a non-hierarchical
 * type, is accepted exactly when it is not a self-relation, not a duplicate and — for the hierarchical type —
 * does not close a cycle; the hierarchical graph the library keeps is always acyclic, and every account sees
 * exactly its relationships, both ways.
 */
public abstract class RelationshipGraphProperties extends CrmKitSupport {

    @Property(tries = 40)
    void relationshipsAreAcceptedExactlyWhenTheyBreakNoRule(@ForAll("attempts") List<Attempt> attempts) {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        List<AccountId> accounts = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            accounts.add(admin.accounts().create(anAccount().named("Account " + i).build()).account().id());
        }
        CatalogEntryId parent = admin.catalogs().createRelationshipType(new CreateRelationshipType("parent of", "child of", true)).id();
        CatalogEntryId knows = admin.catalogs().createRelationshipType(new CreateRelationshipType("knows", "known by", false)).id();
        Set<Edge> model = new HashSet<>();

        for (Attempt attempt : attempts) {
            AccountId from = accounts.get(attempt.from());
            AccountId to = accounts.get(attempt.to());
            CatalogEntryId type = attempt.hierarchical() ? parent : knows;
            Edge edge = new Edge(from, to, type);
            String expectedRefusal = from.equals(to) ? "rule.relationship.self"
                    : model.contains(edge) ? "rule.relationship.duplicate"
                    : attempt.hierarchical() && reachable(model, type, to, from) ? "rule.relationship.cycle"
                    : null;

            if (expectedRefusal == null) {
                admin.relationships().create(new CreateRelationship(from, to, type, null));
                model.add(edge);
            } else {
                RuleViolationException e = thrown(RuleViolationException.class,
                        () -> admin.relationships().create(new CreateRelationship(from, to, type, null)));
                assertThat(e.code()).as(attempt.toString()).isEqualTo(expectedRefusal);
            }
        }

        for (AccountId account : accounts) {
            assertThat(reachable(model, parent, account, account)).as("no cycle through " + account).isFalse();
            List<RelatedAccount> related = admin.relationships().of(account);
            long outgoing = model.stream().filter(e -> e.from().equals(account)).count();
            long incoming = model.stream().filter(e -> e.to().equals(account)).count();
            assertThat(related.stream().filter(r -> r.direction() == RelationshipDirection.OUTGOING)).hasSize((int) outgoing);
            assertThat(related.stream().filter(r -> r.direction() == RelationshipDirection.INCOMING)).hasSize((int) incoming);
        }
    }

    /** Whether the model has a path from one account to another through edges of a type. */
    private static boolean reachable(Set<Edge> model, CatalogEntryId type, AccountId start, AccountId target) {
        Deque<AccountId> frontier = new ArrayDeque<>(List.of(start));
        Set<AccountId> seen = new HashSet<>();
        while (!frontier.isEmpty()) {
            AccountId node = frontier.poll();
            for (Edge edge : model) {
                if (edge.type().equals(type) && edge.from().equals(node)) {
                    if (edge.to().equals(target)) {
                        return true;
                    }
                    if (seen.add(edge.to())) {
                        frontier.add(edge.to());
                    }
                }
            }
        }
        return false;
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 6),
                        Arbitraries.of(true, true, false))
                .as(Attempt::new)
                .list().ofMinSize(1).ofMaxSize(30);
    }

    /** One attempt to relate two of the accounts. */
    record Attempt(int from, int to, boolean hierarchical) {}

    /** A relationship of the model. */
    record Edge(AccountId from, AccountId to, CatalogEntryId type) {}
}
