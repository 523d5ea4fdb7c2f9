package dev.crmkit.internal;

import dev.crmkit.account.CharacteristicValue;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import java.util.Objects;

/**
 * Catalog references, both ways: checking that a command refers to a usable entry of the right kind, and
 * finding out whether anything refers to an entry (so that it may be deleted).
 */
public final class CatalogReferences {

    private CatalogReferences() {}

    /**
     * Checks a reference a command makes to a catalog entry: it exists in the tenant, is of the expected kind,
     * and is active unless the record already referred to it (a deactivated entry keeps its references).
     *
     * @param context the use case
     * @param problems where violations go
     * @param path the field path of the reference
     * @param id the referenced id, or {@code null} for none
     * @param kind the expected kind
     * @param current the id the record referred to before, or {@code null}
     * @return the entry, or {@code null} when there is none or it is unusable
     */
    public static CatalogEntry check(
            Context context,
            InvalidCommandException.Builder problems,
            String path,
            CatalogEntryId id,
            CatalogKind kind,
            CatalogEntryId current) {
        if (id == null) {
            return null;
        }
        CatalogEntry entry = context.uow.catalog().findById(id).orElse(null);
        if (entry == null) {
            problems.add(path, "UnknownReference", id.toString());
            return null;
        }
        if (entry.kind() != kind) {
            problems.add(path, "WrongKind", new Messages.Key("catalog-kind." + kind.name()));
            return null;
        }
        if (!entry.active() && !Objects.equals(id, current)) {
            problems.add(path, "InactiveReference", entry.name());
            return null;
        }
        return entry;
    }

    /**
     * Whether anything in the tenant refers to an entry.
     *
     * @param context the use case
     * @param entry the entry
     * @return {@code true} when the entry is in use
     */
    public static boolean inUse(Context context, CatalogEntry entry) {
        return switch (entry.kind()) {
            // A team's discount limit, like a customer type's or a price list's discount policy, is deleted first.
            case TEAM -> context.uow.users().existsInTeam(entry.id()) || context.uow.cases().refersTo(entry.id())
                    || context.uow.discounts().refersTo(entry.id());
            case CHARACTERISTIC_TYPE, INTEREST_AREA, ECONOMIC_ACTIVITY -> context.uow.accounts().refersTo(entry.id());
            case CUSTOMER_TYPE -> context.uow.accounts().refersTo(entry.id()) || context.uow.discounts().refersTo(entry.id());
            // A priority ranks accounts and cases alike.
            case PRIORITY -> context.uow.accounts().refersTo(entry.id()) || context.uow.cases().refersTo(entry.id());
            case CASE_CATEGORY -> context.uow.cases().refersTo(entry.id());
            // A price list's prices go with it; the accounts buying from it keep it.
            case PRICE_LIST -> context.uow.accounts().refersTo(entry.id()) || context.uow.discounts().refersTo(entry.id());
            case RELATIONSHIP_TYPE -> context.uow.relationships().existsOfType(entry.id());
            case AGENDA_ENTRY_TYPE -> AgendaLinks.typeInUse(context, entry.id());
        };
    }

    /**
     * Whether some record holds a value of a closed-list characteristic type.
     *
     * @param context the use case
     * @param entry the characteristic type
     * @param choice the value
     * @return {@code true} when the value is in use
     */
    public static boolean choiceInUse(Context context, CatalogEntry entry, String choice) {
        return context.uow.accounts().holdsCharacteristicValue(entry.id(), new CharacteristicValue.ChoiceValue(choice).key());
    }
}
