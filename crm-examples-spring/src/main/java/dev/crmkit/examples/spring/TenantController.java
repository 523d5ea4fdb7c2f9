package dev.crmkit.examples.spring;

import dev.crmkit.Crm;
import dev.crmkit.access.CreateTenant;
import dev.crmkit.access.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tenants, a host-level call (a real host guards it as an operator's). */
@RestController
class TenantController {

    private final Crm crm;

    TenantController(Crm crm) {
        this.crm = crm;
    }

    @PostMapping("/tenants")
    @ResponseStatus(HttpStatus.CREATED)
    Tenant create(@RequestBody CreateTenant command) {
        return crm.tenants().create(command);
    }
}
