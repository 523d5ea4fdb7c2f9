package dev.crmkit.examples.spring;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The host's orders over REST: placing one changes the CRM in the same transaction. */
@RestController
@RequestMapping("/tenants/{tenant}/orders")
class OrderController {

    private final OrderService service;
    private final HostOrders orders;

    OrderController(OrderService service, HostOrders orders) {
        this.service = service;
        this.orders = orders;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    HostOrder place(@PathVariable String tenant, @RequestHeader("X-User") String user, Locale locale,
            @RequestBody OrderService.PlaceOrder order) {
        return service.place(tenant, user, locale, order);
    }

    @GetMapping("/count")
    long count(@PathVariable String tenant) {
        return orders.countByTenantId(tenant);
    }
}
