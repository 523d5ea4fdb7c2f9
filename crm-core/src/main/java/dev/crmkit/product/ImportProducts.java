package dev.crmkit.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Products to import in one unit of work ({@link Products#importProducts}): all of them or none.
 *
 * @param products the rows; at most {@link #MAX_ROWS}
 */
public record ImportProducts(@NotNull @Size(min = 1, max = ImportProducts.MAX_ROWS) List<@NotNull @Valid ProductDetails> products) {

    /** The most rows one call takes: an import of more is split by the host into calls of this size. */
    public static final int MAX_ROWS = 10_000;

    /** Copies the rows, keeping a null row for validation to name. */
    public ImportProducts {
        products = products == null ? null : Collections.unmodifiableList(new ArrayList<>(products));
    }
}
