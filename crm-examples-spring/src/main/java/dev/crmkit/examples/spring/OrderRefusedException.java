package dev.crmkit.examples.spring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The host refused an order after writing it: its transaction rolls back, the CRM's change with it. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
class OrderRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OrderRefusedException(String accountId) {
        super("order for account " + accountId + " refused");
    }
}
