package dev.crmkit.product;

import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.Text;
import dev.crmkit.event.ProductEvent;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.InputCheck;
import dev.crmkit.internal.UseCases;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Products} for one actor. */
final class ProductService implements Products {

    private static final Comparator<Product> BY_CODE =
            Comparator.comparing((Product p) -> p.details().codeKey()).thenComparing(Product::id);

    private final UseCases useCases;
    private final Caller actor;

    ProductService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public Product create(CreateProduct command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            if (context.uow.products().findByCodeKey(command.details().codeKey()).isPresent()) {
                throw InvalidCommandException.builder("CreateProduct").add("details.code", "Unique").build();
            }
            return insert(context, Product.create(command.details(), context.now));
        });
    }

    @Override
    public Product update(UpdateProduct command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            Product current = load(context, command.productId());
            if (!current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("product", current.id(), command.expectedVersion(), current.version());
            }
            context.uow.products().findByCodeKey(command.details().codeKey())
                    .filter(other -> !other.id().equals(current.id()))
                    .ifPresent(other -> {
                        throw InvalidCommandException.builder("UpdateProduct").add("details.code", "Unique").build();
                    });
            var changed = current.update(command.details(), command.active(), context.now);
            if (!changed.changed()) {
                return current;
            }
            Product stored = context.uow.products().update(changed.value());
            context.record(new ProductEvent.ProductUpdated(context.meta(), stored.id(), stored.details().code(),
                    changed.changes()));
            return stored;
        });
    }

    @Override
    public List<ProductId> importProducts(ImportProducts command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            InvalidCommandException.Builder problems = InvalidCommandException.builder("ImportProducts");
            // Codes are checked against each other here and against the tenant in one call, not row by row.
            Map<String, Integer> firstRowOfCode = new HashMap<>();
            List<Product> products = new ArrayList<>(command.products().size());
            for (int i = 0; i < command.products().size(); i++) {
                ProductDetails row = command.products().get(i);
                if (firstRowOfCode.putIfAbsent(row.codeKey(), i) != null) {
                    problems.add("products[" + i + "].code", "Unique");
                }
                products.add(Product.create(row, context.now));
            }
            for (String taken : context.uow.products().existingCodeKeys(firstRowOfCode.keySet())) {
                problems.add("products[" + firstRowOfCode.get(taken) + "].code", "Unique");
            }
            problems.throwIfAny();
            List<ProductId> ids = new ArrayList<>(products.size());
            for (Product product : products) {
                ids.add(insert(context, product).id());
            }
            return List.copyOf(ids);
        });
    }

    @Override
    public Product get(ProductId productId) {
        return useCases.read(actor, context -> load(context, Context.required(productId, "productId")));
    }

    @Override
    public Optional<Product> byCode(String code) {
        return useCases.read(actor, context -> {
            InputCheck.text(Context.required(code, "code"), "code", 60);
            if (code.isBlank()) {
                throw InvalidCommandException.single("code", "NotBlank");
            }
            return context.uow.products().findByCodeKey(Text.key(code));
        });
    }

    @Override
    public List<Product> list(String group, boolean includeInactive) {
        return useCases.read(actor, context -> {
            String groupKey = Text.key(Text.trimToNull(InputCheck.text(group, "group", 120)));
            return context.uow.products().findAll().stream()
                    .filter(p -> includeInactive || p.active())
                    .filter(p -> groupKey == null || groupKey.equals(p.details().groupKey()))
                    .sorted(BY_CODE)
                    .toList();
        });
    }

    private static Product insert(Context context, Product product) {
        Product stored = context.uow.products().insert(product);
        context.record(new ProductEvent.ProductCreated(context.meta(), stored.id(), stored.details().code(),
                stored.details().name()));
        return stored;
    }

    /** A product of the tenant; shared with the quotes, which check their lines' products the same way. */
    static Product load(Context context, ProductId productId) {
        return context.uow.products().findById(productId)
                .orElseThrow(() -> new NotFoundException("product", "productId", productId));
    }
}
