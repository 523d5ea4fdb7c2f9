package dev.crmkit.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.AgendaEntryId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.CaseId;
import dev.crmkit.common.MessageId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.CommentId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.CrmException;
import dev.crmkit.common.DocumentId;
import dev.crmkit.common.ErrorReport;
import dev.crmkit.common.EventId;
import dev.crmkit.common.HistoryEntryId;
import dev.crmkit.common.LabelId;
import dev.crmkit.common.PipelineId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.OrderId;
import dev.crmkit.common.SegmentId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.ProductPriceId;
import dev.crmkit.common.RelationshipId;
import dev.crmkit.common.SavedFilterId;
import dev.crmkit.common.StageId;
import dev.crmkit.common.TenantId;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Version;
import dev.crmkit.event.DomainEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The Jackson module of CRM Kit's types: ids as plain strings (map keys too), versions as numbers, locales as
 * language tags, the sealed hierarchies ({@link DomainEvent}, {@code CatalogDetails}, {@code Schedule}, ...) as objects
 * with a {@code "type"} property naming the record, aggregates ({@code Account}, {@code Card}, ...) by their stored
 * state, and errors as their {@link ErrorReport}. The subtypes are taken from the sealed declarations, and the
 * aggregates' properties from their {@code reconstitute} factories or builders, so a new event record or aggregate
 * needs no registration. Instants in {@link Instant#toString()}'s form are read from their digits, any other form
 * by Jackson's {@code InstantDeserializer}.
 *
 * <p>The module brings Jackson's {@code JavaTimeModule} and {@code Jdk8Module} (optional values) as its
 * dependencies, registered before it, so it works in a host's own {@code ObjectMapper} as it is:
 * {@code mapper.registerModule(new CrmJacksonModule())}. Writing dates as ISO-8601 texts (disabling
 * {@code WRITE_DATES_AS_TIMESTAMPS}, as Spring Boot does) is the mapper's setting; {@link CrmJson} sets it.
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
        textual(ProductId.class, ProductId::toString, ProductId::of);
        textual(SegmentId.class, SegmentId::toString, SegmentId::of);
        textual(CaseId.class, CaseId::toString, CaseId::of);
        textual(MessageId.class, MessageId::toString, MessageId::of);
        textual(dev.crmkit.common.CampaignId.class, dev.crmkit.common.CampaignId::toString, dev.crmkit.common.CampaignId::of);
        textual(dev.crmkit.common.CampaignMemberId.class, dev.crmkit.common.CampaignMemberId::toString,
                dev.crmkit.common.CampaignMemberId::of);
        textual(ProductPriceId.class, ProductPriceId::toString, ProductPriceId::of);
        textual(QuoteId.class, QuoteId::toString, QuoteId::of);
        textual(DiscountPolicyId.class, DiscountPolicyId::toString, DiscountPolicyId::of);
        textual(OrderId.class, OrderId::toString, OrderId::of);
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
        addSerializer(CrmException.class, new JsonSerializer<>() {
            @Override
            public void serialize(CrmException value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                serializers.defaultSerializeValue(ErrorReport.of(value), gen);
            }
        });
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule(), new Jdk8Module());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new StateIntrospector());
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
        // As map keys (an account's characteristics by type id): the same text both ways.
        addKeySerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeFieldName(writer.apply(value));
            }
        });
        addKeyDeserializer(type, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) {
                return reader.apply(key);
            }
        });
    }
}
