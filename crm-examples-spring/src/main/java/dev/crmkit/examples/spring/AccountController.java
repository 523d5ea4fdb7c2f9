package dev.crmkit.examples.spring;

import dev.crmkit.Actor;
import dev.crmkit.Crm;
import dev.crmkit.account.Account;
import dev.crmkit.account.AccountCreation;
import dev.crmkit.account.AccountProfile;
import dev.crmkit.account.AccountQuery;
import dev.crmkit.account.CreateAccount;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.Page;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts over REST: create, query, profile. The user comes from the {@code X-User} header (a real host takes it from
 * its authentication), the tenant from the path, the language from the request. Commands and results are JSON through
 * the starter's Jackson module; CRM Kit's errors become problem details.
 */
@RestController
@RequestMapping("/tenants/{tenant}/accounts")
class AccountController {

    // tag::controller[]
    private final Crm crm;

    AccountController(Crm crm) {
        this.crm = crm;
    }

    @PostMapping
    AccountCreation create(@PathVariable String tenant, @RequestHeader("X-User") String user, Locale locale,
            @RequestBody CreateAccount command) {
        return crm.as(Actor.of(tenant, user).withLocale(locale)).accounts().create(command);
    }
    // end::controller[]

    @GetMapping
    Page<Account> query(@PathVariable String tenant, @RequestHeader("X-User") String user, Locale locale,
            @RequestParam(required = false) String text, @RequestParam(defaultValue = "50") int pageSize,
            @RequestParam(required = false) String cursor) {
        AccountQuery.Builder query = AccountQuery.builder().pageSize(pageSize).withTotal();
        if (text != null) {
            query.text(text);
        }
        if (cursor != null) {
            query.after(cursor);
        }
        return crm.as(Actor.of(tenant, user).withLocale(locale)).accounts().query(query.build());
    }

    @GetMapping("/{id}/profile")
    AccountProfile profile(@PathVariable String tenant, @RequestHeader("X-User") String user, Locale locale,
            @PathVariable String id) {
        return crm.as(Actor.of(tenant, user).withLocale(locale)).accounts().profile(AccountId.of(id));
    }
}
