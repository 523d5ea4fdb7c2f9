package dev.crmkit.io;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.crmkit.account.CharacteristicValue;
import dev.crmkit.agenda.Schedule;
import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.CommentId;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.HistoryEntryId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.EventId;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.event.DomainEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Jackson module of CRM Kit's types: ids as plain strings, versions as numbers, locales as language tags,
 * and the sealed hierarchies ({@link DomainEvent}, {@link CatalogDetails}, {@link Schedule}) as objects with a
 * {@code "type"} property naming the record. The subtypes are taken from the sealed declarations, so a new
 * event record needs no registration. Instants in {@link Instant#toString()}'s form are read from their digits,
 * any other form by Jackson's {@code InstantDeserializer}; register this module after Jackson's
 * {@code JavaTimeModule}, so that its reader is the one used.
 */
public final class CrmJacksonModule extends SimpleModule {

    /** Creates the module. */
    public CrmJacksonModule() {
        super("crm-kit");
        textual(TenantId.class, TenantId::value, TenantId::of);
        textual(UserId.class, UserId::value, UserId::of);
        textual(CatalogEntryId.class, CatalogEntryId::toString, CatalogEntryId::of);
        textual(EventId.class, EventId::toString, EventId::of);
        textual(AccountId.class, AccountId::toString, AccountId::of);
        textual(ContactId.class, ContactId::toString, ContactId::of);
        textual(DocumentId.class, DocumentId::toString, DocumentId::of);
        textual(RelationshipId.class, RelationshipId::toString, RelationshipId::of);
        textual(PipelineId.class, PipelineId::toString, PipelineId::of);
        textual(StageId.class, StageId::toString, StageId::of);
        textual(CardId.class, CardId::toString, CardId::of);
        textual(LabelId.class, LabelId::toString, LabelId::of);
        textual(CommentId.class, CommentId::toString, CommentId::of);
        textual(SavedFilterId.class, SavedFilterId::toString, SavedFilterId::of);
        textual(HistoryEntryId.class, HistoryEntryId::toString, HistoryEntryId::of);
        textual(AgendaEntryId.class, AgendaEntryId::toString, AgendaEntryId::of);
        textual(Locale.class, Locale::toLanguageTag, text -> Locale.forLanguageTag(text.replace('_', '-')));
        // Ahead of JavaTimeModule's (a module added later takes precedence): the common form read from its digits.
        addDeserializer(Instant.class, new IsoInstantDeserializer());
        addSerializer(Version.class, new JsonSerializer<>() {
            @Override
            public void serialize(Version value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeNumber(value.value());
            }
        });
        addDeserializer(Version.class, new JsonDeserializer<>() {
            @Override
            public Version deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Version.of(p.getValueAsLong());
            }
        });
        polymorphic(DomainEvent.class);
        polymorphic(CatalogDetails.class);
        polymorphic(CharacteristicValue.class);
        polymorphic(Schedule.class);
    }

    /** Serializes a value as a string and reads it back with a parser that checks it. */
    private <T> void textual(Class<T> type, Function<T, String> writer, Function<String, T> reader) {
        addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(writer.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return reader.apply(p.getValueAsString());
            }
        });
    }

    /** Names every leaf record of a sealed hierarchy by its simple name, in a {@code "type"} property. */
    private void polymorphic(Class<?> root) {
        setMixInAnnotation(root, TypedByName.class);
        List<NamedType> leaves = new ArrayList<>();
        collectLeaves(root, leaves);
        registerSubtypes(leaves.toArray(NamedType[]::new));
    }

    private static void collectLeaves(Class<?> type, List<NamedType> leaves) {
        if (type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                collectLeaves(sub, leaves);
            }
        } else {
            leaves.add(new NamedType(type, type.getSimpleName()));
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private interface TypedByName {}
}
