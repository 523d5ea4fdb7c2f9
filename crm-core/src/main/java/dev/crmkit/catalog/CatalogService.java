package dev.crmkit.catalog;

import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.Changed;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.Text;
import dev.crmkit.common.Version;
import dev.crmkit.event.CatalogEvent;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.CatalogReferences;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.UseCases;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** {@link Catalogs} for one actor. */
final class CatalogService implements Catalogs {

    private static final Comparator<CatalogEntry> BY_NAME =
            Comparator.comparing((CatalogEntry e) -> Text.fold(e.name())).thenComparing(e -> e.id().value());

    private final UseCases useCases;
    private final Caller actor;

    CatalogService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public CatalogEntry create(CreateCatalogEntry command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            if (command.kind().shape() != CatalogKind.Shape.PLAIN) {
                throw InvalidCommandException.builder("CreateCatalogEntry")
                        .add("kind", "NotPlainKind", new Messages.Key("catalog-kind." + command.kind().name()))
                        .build();
            }
            return insert(context, "CreateCatalogEntry", command.kind(), command.name(), CatalogDetails.Plain::new);
        });
    }

    @Override
    public CatalogEntry createCharacteristicType(CreateCharacteristicType command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            return insert(context, "CreateCharacteristicType", CatalogKind.CHARACTERISTIC_TYPE, command.name(),
                    () -> new CatalogDetails.Characteristic(command.valueType(), command.choices()));
        });
    }

    @Override
    public CatalogEntry createRelationshipType(CreateRelationshipType command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            return insert(context, "CreateRelationshipType", CatalogKind.RELATIONSHIP_TYPE, command.name(),
                    () -> new CatalogDetails.Relationship(command.inverseName(), command.hierarchical()));
        });
    }

    @Override
    public CatalogEntry rename(RenameCatalogEntry command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            CatalogEntry current = load(context, command.entryId(), command.expectedVersion());
            CatalogDetails details = current.details();
            if (details instanceof CatalogDetails.Relationship relationship) {
                if (command.inverseName() != null) {
                    details = rehome("RenameCatalogEntry", () ->
                            new CatalogDetails.Relationship(command.inverseName(), relationship.hierarchical()));
                }
            } else if (command.inverseName() != null) {
                throw InvalidCommandException.builder("RenameCatalogEntry").add("inverseName", "OnlyForRelationship").build();
            }
            requireUniqueName(context, "RenameCatalogEntry", current.kind(), command.name(), current.id());
            return store(context, current, current.edit(command.name(), details));
        });
    }

    @Override
    public CatalogEntry changeChoices(ChangeCharacteristicChoices command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            CatalogEntry current = load(context, command.entryId(), command.expectedVersion());
            if (!(current.details() instanceof CatalogDetails.Characteristic characteristic)
                    || characteristic.valueType() != CharacteristicValueType.CHOICE) {
                throw InvalidCommandException.builder("ChangeCharacteristicChoices").add("entryId", "NotAChoiceList").build();
            }
            CatalogDetails.Characteristic next = rehome("ChangeCharacteristicChoices",
                    () -> new CatalogDetails.Characteristic(CharacteristicValueType.CHOICE, command.choices()));
            for (String removed : characteristic.choices()) {
                if (!next.allows(removed) && CatalogReferences.choiceInUse(context, current, removed)) {
                    throw new RuleViolationException("catalog.choice-in-use", "choices", removed, current.name());
                }
            }
            return store(context, current, current.edit(current.name(), next));
        });
    }

    @Override
    public CatalogEntry deactivate(CatalogEntryId entryId) {
        return setActive(entryId, false);
    }

    @Override
    public CatalogEntry activate(CatalogEntryId entryId) {
        return setActive(entryId, true);
    }

    private CatalogEntry setActive(CatalogEntryId entryId, boolean active) {
        return useCases.write(actor, context -> {
            Context.required(entryId, "entryId");
            context.requireAdmin();
            CatalogEntry current = load(context, entryId, null);
            return store(context, current, current.activate(active));
        });
    }

    @Override
    public void delete(CatalogEntryId entryId) {
        useCases.write(actor, context -> {
            Context.required(entryId, "entryId");
            context.requireAdmin();
            CatalogEntry current = load(context, entryId, null);
            if (CatalogReferences.inUse(context, current)) {
                throw new RuleViolationException("catalog.entry-in-use", "entryId", current.name());
            }
            context.uow.catalog().delete(current);
            if (current.kind() == CatalogKind.PRICE_LIST) {
                context.uow.priceLists().delete(current.id());
            }
            context.record(new CatalogEvent.CatalogEntryDeleted(context.meta(), current.id(), current.kind(), current.name()));
            return null;
        });
    }

    @Override
    public CatalogEntry get(CatalogEntryId entryId) {
        return useCases.read(actor, context -> load(context, Context.required(entryId, "entryId"), null));
    }

    @Override
    public List<CatalogEntry> list(CatalogKind kind) {
        return list(kind, false);
    }

    @Override
    public List<CatalogEntry> list(CatalogKind kind, boolean includeInactive) {
        return useCases.read(actor, context -> context.uow.catalog().findByKind(Context.required(kind, "kind")).stream()
                .filter(e -> includeInactive || e.active())
                .sorted(BY_NAME)
                .toList());
    }

    private static CatalogEntry insert(
            Context context, String command, CatalogKind kind, String name, Supplier<CatalogDetails> details) {
        CatalogDetails checked = rehome(command, details);
        requireUniqueName(context, command, kind, name, null);
        CatalogEntry entry = context.uow.catalog().insert(CatalogEntry.create(kind, name, checked, context.now));
        context.record(new CatalogEvent.CatalogEntryCreated(context.meta(), entry.id(), kind, entry.name()));
        return entry;
    }

    private static CatalogEntry store(Context context, CatalogEntry current, Changed<CatalogEntry> changed) {
        if (!changed.changed()) {
            return current;
        }
        CatalogEntry stored = context.uow.catalog().update(changed.value());
        context.record(new CatalogEvent.CatalogEntryChanged(context.meta(), stored.id(), stored.kind(), changed.changes()));
        return stored;
    }

    private static CatalogEntry load(Context context, CatalogEntryId id, Version expectedVersion) {
        CatalogEntry entry = context.uow.catalog().findById(id)
                .orElseThrow(() -> new NotFoundException("catalog-entry", "entryId", id));
        if (expectedVersion != null && !entry.version().equals(expectedVersion)) {
            throw ConflictException.staleVersion("catalog-entry", id, expectedVersion, entry.version());
        }
        return entry;
    }

    private static void requireUniqueName(
            Context context, String command, CatalogKind kind, String name, CatalogEntryId self) {
        context.uow.catalog().findByNameKey(kind, Text.key(name))
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw InvalidCommandException.builder(command).add("name", "Unique").build();
                });
    }

    /** A details record checks itself; its violations are reported as the command's. */
    private static <D extends CatalogDetails> D rehome(String command, Supplier<D> details) {
        try {
            return details.get();
        } catch (InvalidCommandException e) {
            throw e.as(command);
        }
    }
}
