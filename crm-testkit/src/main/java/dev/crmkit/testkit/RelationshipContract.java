package dev.crmkit.testkit;

import static dev.crmkit.testkit.AccountTestData.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.account.Account;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.Violation;
import dev.crmkit.relationship.CreateRelationship;
import dev.crmkit.relationship.RelatedAccount;
import dev.crmkit.relationship.Relationship;
import dev.crmkit.relationship.RelationshipDirection;
import net.jqwik.api.Example;

/** Relationships between accounts: both sides, inverse names, and the refused ones. */
public abstract class RelationshipContract extends CrmKitSupport {

    @Example
    void givenTwoAccounts_whenRelated_thenEachSideSeesItWithItsName() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account holding = admin.accounts().create(anAccount().named("Holding").build()).account();
        Account branch = admin.accounts().create(anAccount().named("Branch").build()).account();
        CatalogEntryId parent = admin.catalogs().createRelationshipType(new CreateRelationshipType("parent of", "subsidiary of", true)).id();

        Relationship relationship = admin.relationships().create(new CreateRelationship(holding.id(), branch.id(), parent, " owns 100% "));

        assertThat(relationship.reason()).isEqualTo("owns 100%");
        assertThat(admin.relationships().of(holding.id()))
                .extracting(RelatedAccount::direction, RelatedAccount::label, RelatedAccount::otherAccountName)
                .containsExactly(tuple(RelationshipDirection.OUTGOING, "parent of", "Branch"));
        assertThat(admin.relationships().of(branch.id()))
                .extracting(RelatedAccount::direction, RelatedAccount::label, RelatedAccount::otherAccountName)
                .containsExactly(tuple(RelationshipDirection.INCOMING, "subsidiary of", "Holding"));
        assertThat(admin.accounts().profile(branch.id()).relationships()).hasSize(1);
        assertThat(admin.accounts().timeline(branch.id(), null, 1).items().get(0).summary())
                .isEqualTo("Related: subsidiary of Holding");

        admin.relationships().remove(relationship.id());
        assertThat(admin.relationships().of(holding.id())).isEmpty();
    }

    @Example
    void givenRelationshipRules_whenBroken_thenTheRelationshipIsRefused() {
        TestTenant tenant = newTenant();
        CrmSession admin = tenant.admin();
        Account a = admin.accounts().create(anAccount().named("A").build()).account();
        Account b = admin.accounts().create(anAccount().named("B").build()).account();
        Account c = admin.accounts().create(anAccount().named("C").build()).account();
        CatalogEntryId parent = admin.catalogs().createRelationshipType(new CreateRelationshipType("parent of", "subsidiary of", true)).id();
        CatalogEntryId partner = admin.catalogs().createRelationshipType(new CreateRelationshipType("partner of", "Partner of", false)).id();
        CatalogEntryId supplies = admin.catalogs().createRelationshipType(new CreateRelationshipType("supplies", "supplied by", false)).id();
        admin.relationships().create(new CreateRelationship(a.id(), b.id(), parent, null));
        admin.relationships().create(new CreateRelationship(b.id(), c.id(), parent, null));
        admin.relationships().create(new CreateRelationship(a.id(), b.id(), partner, null));
        admin.relationships().create(new CreateRelationship(a.id(), b.id(), supplies, null));

        assertThat(refused(admin, a, a, partner)).isEqualTo("rule.relationship.self");
        assertThat(refused(admin, a, b, parent)).isEqualTo("rule.relationship.duplicate");
        assertThat(refused(admin, b, a, partner)).as("symmetric type, same pair reversed").isEqualTo("rule.relationship.duplicate");
        assertThat(refused(admin, c, a, parent)).as("C parent of A closes A > B > C").isEqualTo("rule.relationship.cycle");
        Relationship back = admin.relationships().create(new CreateRelationship(b.id(), a.id(), supplies, null));
        assertThat(back.from()).as("a non-hierarchical, non-symmetric type may go both ways").isEqualTo(b.id());
        InvalidCommandException notAType = thrown(InvalidCommandException.class, () -> admin.relationships()
                .create(new CreateRelationship(a.id(), c.id(), tenant.addEntry(CatalogKind.TEAM, "T").id(), null)));
        assertThat(notAType.violations()).extracting(Violation::path, Violation::code).containsExactly(tuple("typeId", "WrongKind"));
        RuleViolationException inUse = thrown(RuleViolationException.class, () -> admin.catalogs().delete(parent));
        assertThat(inUse.code()).isEqualTo("rule.catalog.entry-in-use");
    }

    @Example
    void givenAnAccountOutsideTheScope_whenRelated_thenItIsRefusedAndHiddenFromTheOtherSide() {
        TestTenant tenant = newTenant();
        var bob = tenant.addUser("bob", AccessScope.PORTFOLIO);
        CrmSession admin = tenant.admin();
        Account bobs = admin.accounts().create(anAccount().named("Bob's").responsibles(bob.id()).build()).account();
        Account hidden = admin.accounts().create(anAccount().named("Hidden").build()).account();
        CatalogEntryId partner = admin.catalogs().createRelationshipType(new CreateRelationshipType("partner of", "partner of", false)).id();
        admin.relationships().create(new CreateRelationship(hidden.id(), bobs.id(), partner, null));

        NotFoundException denied = thrown(NotFoundException.class, () -> tenant.as(bob.id()).relationships()
                .create(new CreateRelationship(bobs.id(), hidden.id(), partner, null)));

        assertThat(denied.field()).contains("toAccountId");
        assertThat(denied.entity()).isEqualTo("account");
        assertThat(tenant.as(bob.id()).relationships().of(bobs.id())).isEmpty();
        assertThat(admin.relationships().of(bobs.id())).hasSize(1);
    }

    private String refused(CrmSession admin, Account from, Account to, CatalogEntryId type) {
        return thrown(RuleViolationException.class,
                () -> admin.relationships().create(new CreateRelationship(from.id(), to.id(), type, null))).code();
    }
}
