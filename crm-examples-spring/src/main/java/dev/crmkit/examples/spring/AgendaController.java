package dev.crmkit.examples.spring;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.CrmSession;
import dev.crmkit.agenda.AgendaConclusion;
import dev.crmkit.agenda.AgendaEntry;
import dev.crmkit.agenda.AgendaEntryAt;
import dev.crmkit.agenda.CreateAgendaEntry;
import dev.crmkit.agenda.TaskList;
import dev.crmkit.common.UserId;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agenda over REST: create an entry, a user's task list, conclude an entry. */
@RestController
@RequestMapping("/tenants/{tenant}/agenda")
class AgendaController {

    private final Crm crm;

    AgendaController(Crm crm) {
        this.crm = crm;
    }

    @PostMapping
    AgendaEntry create(@PathVariable String tenant, @RequestHeader("X-User") String user, Locale locale,
            @RequestBody CreateAgendaEntry command) {
        return session(tenant, user, locale).agenda().create(command);
    }

    @GetMapping("/tasks")
    TaskList tasks(@PathVariable String tenant, @RequestHeader("X-User") String user, Locale locale,
            @RequestParam(name = "user", required = false) String of) {
        return session(tenant, user, locale).agenda().tasks(UserId.of(of == null ? user : of));
    }

    @PostMapping("/conclude")
    AgendaConclusion conclude(@PathVariable String tenant, @RequestHeader("X-User") String user, Locale locale,
            @RequestBody AgendaEntryAt command) {
        return session(tenant, user, locale).agenda().conclude(command);
    }

    private CrmSession session(String tenant, String user, Locale locale) {
        return crm.as(Actor.of(tenant, user).withLocale(locale));
    }
}
