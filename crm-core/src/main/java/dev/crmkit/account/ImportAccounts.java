package dev.crmkit.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Accounts to import in one unit of work ({@link Accounts#importAccounts}).
 *
 * @param accounts the rows, each as {@link CreateAccount}; at most {@link #MAX_ROWS}
 */
public record ImportAccounts(@NotNull @Size(min = 1, max = ImportAccounts.MAX_ROWS) List<@NotNull @Valid CreateAccount> accounts) {

    /** The most rows one call takes: an import of more is split by the host into calls of this size. */
    public static final int MAX_ROWS = 10_000;

    /** Copies the rows, keeping a null row for validation to name ({@code List.copyOf} would throw instead). */
    public ImportAccounts {
        accounts = accounts == null ? null : Collections.unmodifiableList(new ArrayList<>(accounts));
    }
}
