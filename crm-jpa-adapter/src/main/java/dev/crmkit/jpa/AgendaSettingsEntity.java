package dev.crmkit.jpa;

import dev.crmkit.agenda.AgendaSettings;
import dev.crmkit.common.Version;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tenant's {@link AgendaSettings}: one JSON document written by the core's {@code CrmJson}, and its version. */
@Entity(name = "AgendaSettings")
@Table(name = "crm_agenda_settings")
class AgendaSettingsEntity {

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    String settings;

    @jakarta.persistence.Version
    Long version;

    AgendaSettingsEntity() {}

    AgendaSettings toDomain(Json json) {
        return json.read(settings, AgendaSettings.class).withVersion(Version.of(version));
    }
}
