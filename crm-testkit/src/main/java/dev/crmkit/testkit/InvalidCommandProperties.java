package dev.crmkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.CrmSession;
import dev.crmkit.access.AccessScope;
import dev.crmkit.access.CreateUser;
import dev.crmkit.access.CrmUser;
import dev.crmkit.access.Tenant;
import dev.crmkit.access.UpdateTenant;
import dev.crmkit.access.UpdateUser;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.catalog.ChangeCharacteristicChoices;
import dev.crmkit.catalog.CharacteristicValueType;
import dev.crmkit.catalog.CreateCatalogEntry;
import dev.crmkit.catalog.CreateCharacteristicType;
import dev.crmkit.catalog.CreateRelationshipType;
import dev.crmkit.catalog.RenameCatalogEntry;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.UserId;
import dev.crmkit.common.Violation;
import dev.crmkit.io.CrmJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: any invalid command (generated nulls, blanks, oversized strings, bad enum text, malformed and
 * unknown ids) is refused with the invalid-command error naming the field, with a message in the actor's
 * locale, and leaves the store exactly as it was.
 */
public abstract class InvalidCommandProperties extends CrmKitSupport {

    private static final CrmJson JSON = new CrmJson();

    @Property(tries = 200)
    void anInvalidCommandNamesTheFieldInTheActorsLocaleAndChangesNothing(
            @ForAll("invalidCommands") BadInput bad, @ForAll("locales") Locale locale) {
        World world = world();
        CrmSession admin = world.tenant().as(world.tenant().adminId(), locale);
        TenantSnapshot before = TenantSnapshot.of(world.tenant().admin());
        int eventsBefore = published.eventsOf(world.tenant().id()).size();

        InvalidCommandException e = thrown(InvalidCommandException.class, () -> bad.call().accept(world, admin));

        assertThat(e.violations()).as(bad.toString())
                .extracting(Violation::path, Violation::code)
                .contains(tuple(bad.field(), bad.code()));
        assertThat(e.field()).isPresent();
        assertThat(e.locale()).isEqualTo(Messages.supported(locale));
        String expected = ExpectedMessages.fragment(bad.code(), locale);
        if (expected != null) {
            assertThat(e.violations()).filteredOn(v -> v.path().equals(bad.field()))
                    .extracting(Violation::message)
                    .anySatisfy(message -> assertThat(message).contains(expected));
        }
        assertThat(TenantSnapshot.of(world.tenant().admin())).isEqualTo(before);
        assertThat(published.eventsOf(world.tenant().id())).hasSize(eventsBefore);
        assertThat(StoreFixtures.unpublished(store(), world.tenant().id())).isEmpty();
    }

    private World world() {
        TestTenant tenant = newTenant();
        CatalogEntryId team = tenant.addTeam("Sales");
        CrmUser bob = tenant.addUser(UserTestData.aUser().withId("bob").inTeam(team).withScope(AccessScope.TEAM));
        CatalogEntry priority = tenant.addEntry(CatalogKind.PRIORITY, "High");
        CatalogEntry segment = tenant.admin().catalogs().createCharacteristicType(
                new CreateCharacteristicType("Segment", CharacteristicValueType.CHOICE, List.of("Retail", "Telecom")));
        CatalogEntry parent = tenant.admin().catalogs().createRelationshipType(
                new CreateRelationshipType("parent of", "subsidiary of", true));
        return new World(tenant, team, bob, priority, segment, parent, tenant.admin().tenant().get());
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.ENGLISH, ExpectedMessages.PT_BR, ExpectedMessages.ES, Locale.FRENCH, Locale.JAPAN);
    }

    @Provide
    Arbitrary<BadInput> invalidCommands() {
        List<Arbitrary<BadInput>> all = new ArrayList<>();
        // CreateUser
        all.add(text("CreateUser.displayName", "displayName", 200,
                (name) -> (w, s) -> s.users().create(new CreateUser(UserId.of("new"), name, null, AccessScope.ALL, false))));
        all.add(fixed("CreateUser.userId=null", "userId", "NotNull",
                (w, s) -> s.users().create(new CreateUser(null, "New", null, AccessScope.ALL, false))));
        all.add(fixed("CreateUser.scope=null", "scope", "NotNull",
                (w, s) -> s.users().create(new CreateUser(UserId.of("new"), "New", null, null, false))));
        all.add(fixed("CreateUser.teamId unknown", "teamId", "UnknownReference",
                (w, s) -> s.users().create(new CreateUser(UserId.of("new"), "New", CatalogEntryId.newId(), AccessScope.TEAM, false))));
        all.add(badEnum("CreateUser.scope", "scope", CreateUser.class,
                text -> "{\"userId\":\"new\",\"displayName\":\"New\",\"scope\":" + text + ",\"admin\":false}"));
        all.add(badJson("CreateUser.teamId malformed", "teamId", "InvalidFormat", CreateUser.class,
                Arbitraries.of("\"not-a-uuid\"", "\"1-2-3-4-5\"", "\"0190f3a2-zzzz-7000-8000-000000000000\""),
                text -> "{\"userId\":\"new\",\"displayName\":\"New\",\"scope\":\"ALL\",\"teamId\":" + text + "}"));
        all.add(badJson("CreateUser.teamId blank", "teamId", "NotBlank", CreateUser.class,
                Arbitraries.of("\"\"", "\"  \""),
                text -> "{\"userId\":\"new\",\"displayName\":\"New\",\"scope\":\"ALL\",\"teamId\":" + text + "}"));
        all.add(badJson("CreateUser.userId blank", "userId", "NotBlank", CreateUser.class,
                Arbitraries.of("\"\"", "\" \"", "\"\\t\""),
                text -> "{\"userId\":" + text + ",\"displayName\":\"New\",\"scope\":\"ALL\"}"));
        // UpdateUser
        all.add(text("UpdateUser.displayName", "displayName", 200, (name) -> (w, s) -> s.users().update(
                new UpdateUser(w.bob().id(), name, w.team(), AccessScope.TEAM, false, w.bob().version()))));
        all.add(fixed("UpdateUser.expectedVersion=null", "expectedVersion", "NotNull", (w, s) -> s.users().update(
                new UpdateUser(w.bob().id(), "Bob", w.team(), AccessScope.TEAM, false, null))));
        all.add(fixed("UpdateUser.teamId unknown", "teamId", "UnknownReference", (w, s) -> s.users().update(
                new UpdateUser(w.bob().id(), "Bob", CatalogEntryId.newId(), AccessScope.TEAM, false, w.bob().version()))));
        all.add(fixed("UpdateUser.teamId not a team", "teamId", "WrongKind", (w, s) -> s.users().update(
                new UpdateUser(w.bob().id(), "Bob", w.priority().id(), AccessScope.TEAM, false, w.bob().version()))));
        // Catalogs
        all.add(text("CreateCatalogEntry.name", "name", CatalogEntry.MAX_NAME_LENGTH,
                (name) -> (w, s) -> s.catalogs().create(new CreateCatalogEntry(CatalogKind.INTEREST_AREA, name))));
        all.add(fixed("CreateCatalogEntry.kind=null", "kind", "NotNull",
                (w, s) -> s.catalogs().create(new CreateCatalogEntry(null, "Fiber"))));
        all.add(badEnum("CreateCatalogEntry.kind", "kind", CreateCatalogEntry.class,
                text -> "{\"kind\":" + text + ",\"name\":\"Fiber\"}"));
        all.add(text("CreateCharacteristicType.name", "name", CatalogEntry.MAX_NAME_LENGTH, (name) -> (w, s) -> s.catalogs()
                .createCharacteristicType(new CreateCharacteristicType(name, CharacteristicValueType.TEXT, null))));
        all.add(badEnum("CreateCharacteristicType.valueType", "valueType", CreateCharacteristicType.class,
                text -> "{\"name\":\"Size\",\"valueType\":" + text + "}"));
        all.add(blankOrLong("CreateCharacteristicType.choices[1]", "choices[1]", 120, (choice) -> (w, s) -> s.catalogs()
                .createCharacteristicType(new CreateCharacteristicType("Size", CharacteristicValueType.CHOICE,
                        Arrays.asList("Small", choice)))));
        all.add(text("CreateRelationshipType.inverseName", "inverseName", 120, (inverse) -> (w, s) -> s.catalogs()
                .createRelationshipType(new CreateRelationshipType("partner of", inverse, false))));
        all.add(text("RenameCatalogEntry.name", "name", CatalogEntry.MAX_NAME_LENGTH, (name) -> (w, s) -> s.catalogs()
                .rename(new RenameCatalogEntry(w.priority().id(), name, null, w.priority().version()))));
        all.add(fixed("RenameCatalogEntry.entryId=null", "entryId", "NotNull", (w, s) -> s.catalogs()
                .rename(new RenameCatalogEntry(null, "Low", null, w.priority().version()))));
        all.add(fixed("RenameCatalogEntry.expectedVersion=null", "expectedVersion", "NotNull", (w, s) -> s.catalogs()
                .rename(new RenameCatalogEntry(w.priority().id(), "Low", null, null))));
        all.add(fixed("CreateCatalogEntry.name taken", "name", "Unique",
                (w, s) -> s.catalogs().create(new CreateCatalogEntry(CatalogKind.TEAM, " SALES "))));
        all.add(fixed("ChangeCharacteristicChoices.choices empty", "choices", "NotEmpty", (w, s) -> s.catalogs()
                .changeChoices(new ChangeCharacteristicChoices(w.segment().id(), List.of(), w.segment().version()))));
        // Tenant settings
        all.add(text("UpdateTenant.name", "name", 200, (name) -> (w, s) -> s.tenant().update(new UpdateTenant(
                name, w.settings().timeZone(), w.settings().defaultLocale(), "Partner", w.settings().version()))));
        all.add(text("UpdateTenant.otherClassificationName", "otherClassificationName", 60, (other) -> (w, s) -> s.tenant()
                .update(new UpdateTenant("ACME", w.settings().timeZone(), w.settings().defaultLocale(), other,
                        w.settings().version()))));
        all.add(fixed("UpdateTenant.timeZone=null", "timeZone", "NotNull", (w, s) -> s.tenant().update(new UpdateTenant(
                "ACME", null, w.settings().defaultLocale(), "Partner", w.settings().version()))));
        all.add(badJson("UpdateTenant.timeZone unknown", "timeZone", "InvalidValue", UpdateTenant.class,
                Arbitraries.of("\"Mars/Olympus\"", "\"+25:00\"", "42"),
                text -> "{\"name\":\"ACME\",\"timeZone\":" + text + ",\"defaultLocale\":\"en\","
                        + "\"otherClassificationName\":\"Partner\",\"expectedVersion\":1}"));
        return Arbitraries.oneOf(all);
    }

    /** Null, blank and oversized values of a required text field ({@code @NotBlank} reports a null as blank). */
    private static Arbitrary<BadInput> text(String label, String field, int max, Function<String, Call> call) {
        Arbitrary<BadInput> missing = Arbitraries.just(new BadInput(label + "=null", field, "NotBlank", call.apply(null)));
        return Arbitraries.oneOf(missing, blankOrLong(label, field, max, call));
    }

    /** Blank and oversized values of a text. */
    private static Arbitrary<BadInput> blankOrLong(String label, String field, int max, Function<String, Call> call) {
        Arbitrary<BadInput> blank = Arbitraries.of("", " ", "\t", "  \n ")
                .map(text -> new BadInput(label + "=blank", field, "NotBlank", call.apply(text)));
        Arbitrary<BadInput> tooLong = Arbitraries.strings().alpha().numeric().withChars(' ', 'ç', 'ã')
                .ofMinLength(max + 1).ofMaxLength(max + 64)
                .filter(text -> text.strip().length() > max)
                .map(text -> new BadInput(label + "=" + text.length() + " chars", field, "Size", call.apply(text)));
        return Arbitraries.oneOf(blank, tooLong);
    }

    private static Arbitrary<BadInput> fixed(String label, String field, String code, Call call) {
        return Arbitraries.just(new BadInput(label, field, code, call));
    }

    /** An enum field given a text that names no constant (or the wrong JSON type). */
    private static <C> Arbitrary<BadInput> badEnum(
            String label, String field, Class<C> type, Function<String, String> json) {
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                        .filter(t -> !t.equals(t.toUpperCase(Locale.ROOT)))
                        .map(t -> "\"" + t + "\""),
                Arbitraries.of("\"\"", "\"all \"", "\"pOrTfOlIo\"", "7", "true"));
        return badJson(label, field, "InvalidValue", type, texts, json);
    }

    private static <C> Arbitrary<BadInput> badJson(String label, String field, String code, Class<C> type,
            Arbitrary<String> values, Function<String, String> json) {
        return values.map(value -> new BadInput(label + "=" + value, field, code,
                (w, s) -> JSON.readCommand(json.apply(value), type, s.actor().locale())));
    }

    /** A call with bad input, made by an administrator so that only the input can be wrong. */
    @FunctionalInterface
    interface Call extends BiConsumer<World, CrmSession> {}

    /** One generated bad input: what to call, and which field and code must be named. */
    record BadInput(String label, String field, String code, Call call) {

        @Override
        public String toString() {
            return label + " -> " + field + "/" + code;
        }
    }

    /** The records every generated command refers to. */
    record World(TestTenant tenant, CatalogEntryId team, CrmUser bob, CatalogEntry priority, CatalogEntry segment,
            CatalogEntry parent, Tenant settings) {}
}
