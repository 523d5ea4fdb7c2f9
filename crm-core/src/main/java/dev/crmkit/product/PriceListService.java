package dev.crmkit.product;

import dev.crmkit.account.Account;
import dev.crmkit.catalog.CatalogDetails;
import dev.crmkit.catalog.CatalogEntry;
import dev.crmkit.catalog.CatalogKind;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.ProductPriceId;
import dev.crmkit.common.SupportedDates;
import dev.crmkit.common.Text;
import dev.crmkit.common.Version;
import dev.crmkit.event.CatalogEvent;
import dev.crmkit.event.PriceListEvent;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.Prices;
import dev.crmkit.internal.UseCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link PriceLists} for one actor. */
final class PriceListService implements PriceLists {

    private final UseCases useCases;
    private final Caller actor;

    PriceListService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public PriceList create(CreatePriceList command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            if (context.uow.catalog().findByNameKey(CatalogKind.PRICE_LIST, Text.key(command.name()))
                    .isPresent()) {
                throw InvalidCommandException.builder("CreatePriceList").add("name", "Unique").build();
            }
            CatalogEntry entry = context.uow.catalog().insert(CatalogEntry.create(CatalogKind.PRICE_LIST, command.name(),
                    new CatalogDetails.Plain(), context.now));
            context.record(new CatalogEvent.CatalogEntryCreated(context.meta(), entry.id(), entry.kind(), entry.name()));
            PriceListTerms terms = context.uow.priceLists().insert(
                    new PriceListTerms(entry.id(), command.currency(), Version.UNSAVED));
            context.record(new PriceListEvent.PriceListCurrencySet(context.meta(), entry.id(), command.currency()));
            return new PriceList(entry.id(), entry.name(), terms.currency(), terms.version());
        });
    }

    @Override
    public PriceList setCurrency(SetPriceListCurrency command) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            CatalogEntry entry = entry(context, command.priceListId(), "priceListId");
            Optional<PriceListTerms> current = context.uow.priceLists().findById(entry.id());
            Version version = current.map(PriceListTerms::version).orElse(Version.UNSAVED);
            if (!version.equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("price-list", entry.id(), command.expectedVersion(), version);
            }
            if (current.isPresent() && command.currency().equals(current.get().currency())) {
                return new PriceList(entry.id(), entry.name(), command.currency(), version);
            }
            if (context.uow.priceLists().hasPrices(entry.id())) {
                throw InvalidCommandException.builder("SetPriceListCurrency").add("currency", "PricesExist").build();
            }
            PriceListTerms terms = new PriceListTerms(entry.id(), command.currency(), version);
            PriceListTerms stored = current.isPresent() ? context.uow.priceLists().update(terms)
                    : context.uow.priceLists().insert(terms);
            context.record(new PriceListEvent.PriceListCurrencySet(context.meta(), entry.id(), command.currency()));
            return new PriceList(entry.id(), entry.name(), stored.currency(), stored.version());
        });
    }

    @Override
    public ProductPrice setPrice(SetProductPrice command) {
        return useCases.writeDelta(actor, command, context -> {
            context.requireAdmin();
            CatalogEntry entry = entry(context, command.priceListId(), "priceListId");
            InvalidCommandException.Builder problems = InvalidCommandException.builder("SetProductPrice");
            PriceListTerms terms = context.uow.priceLists().findById(entry.id()).orElse(null);
            if (terms == null || terms.currency() == null) {
                problems.add("priceListId", "NoCurrency", entry.name());
            }
            if (context.uow.products().findById(command.productId()).isEmpty()) {
                problems.add("productId", "UnknownReference", command.productId().toString());
            }
            if (command.validity().reversed()) {
                problems.add("validity.until", "BeforeValidFrom");
            }
            problems.throwIfAny();
            Validity wanted = command.validity();
            List<ProductPrice> ended = new ArrayList<>();
            for (ProductPrice existing : context.uow.priceLists().pricesOf(entry.id(), command.productId())) {
                if (!existing.validity().overlaps(wanted)) {
                    continue;
                }
                if (existing.validity().until() == null && existing.validity().from().isBefore(wanted.from())) {
                    ended.add(new ProductPrice(existing.id(), existing.productId(), existing.price(),
                            new Validity(existing.validity().from(), wanted.from().minusDays(1))));
                } else {
                    problems.add("validity", "Overlaps", existing.validity().from().toString(),
                            existing.validity().until() == null ? "-" : existing.validity().until().toString());
                }
            }
            problems.throwIfAny();
            // The list's version advances with every change to its prices: two concurrent changes conflict.
            context.uow.priceLists().update(terms);
            for (ProductPrice price : ended) {
                context.uow.priceLists().updatePrice(entry.id(), price);
                context.record(new PriceListEvent.ProductPriceEnded(context.meta(), entry.id(), price.id(),
                        price.productId(), price.validity().until()));
            }
            ProductPrice price = new ProductPrice(ProductPriceId.newId(), command.productId(),
                    new Money(command.amount(), terms.currency()), wanted);
            context.uow.priceLists().insertPrice(entry.id(), price);
            context.record(new PriceListEvent.ProductPriceSet(context.meta(), entry.id(), price.id(), price.productId(),
                    price.price().amount(), wanted.from(), wanted.until()));
            return price;
        });
    }

    @Override
    public void removePrice(CatalogEntryId priceListId, ProductPriceId priceId) {
        useCases.writeDelta(actor, context -> {
            Context.required(priceListId, "priceListId");
            Context.required(priceId, "priceId");
            context.requireAdmin();
            CatalogEntry entry = entry(context, priceListId, "priceListId");
            PriceListTerms terms = context.uow.priceLists().findById(entry.id())
                    .orElseThrow(() -> new NotFoundException("product-price", "priceId", priceId));
            ProductPrice price = context.uow.priceLists().prices(entry.id()).stream()
                    .filter(p -> p.id().equals(priceId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("product-price", "priceId", priceId));
            context.uow.priceLists().update(terms);
            context.uow.priceLists().deletePrice(entry.id(), priceId);
            context.record(new PriceListEvent.ProductPriceRemoved(context.meta(), entry.id(), priceId, price.productId()));
            return null;
        });
    }

    @Override
    public PriceList get(CatalogEntryId priceListId) {
        return useCases.read(actor, context -> {
            CatalogEntry entry = entry(context, Context.required(priceListId, "priceListId"), "priceListId");
            Optional<PriceListTerms> terms = context.uow.priceLists().findById(entry.id());
            return new PriceList(entry.id(), entry.name(), terms.map(PriceListTerms::currency).orElse(null),
                    terms.map(PriceListTerms::version).orElse(Version.UNSAVED));
        });
    }

    @Override
    public List<ProductPrice> prices(CatalogEntryId priceListId) {
        return useCases.read(actor, context -> {
            CatalogEntry entry = entry(context, Context.required(priceListId, "priceListId"), "priceListId");
            List<ProductPrice> prices = context.uow.priceLists().prices(entry.id());
            Map<ProductId, String> codes = new HashMap<>();
            context.uow.products().findByIds(prices.stream().map(ProductPrice::productId).distinct().toList())
                    .forEach(p -> codes.put(p.id(), p.details().codeKey()));
            return prices.stream()
                    .sorted(Comparator.comparing((ProductPrice p) -> codes.getOrDefault(p.productId(), ""))
                            .thenComparing(p -> p.validity().from()))
                    .toList();
        });
    }

    @Override
    public Optional<ProductPrice> defaultPrice(AccountId accountId, ProductId productId, LocalDate day) {
        return useCases.read(actor, context -> {
            Account account = AccountGuard.visible(context, Context.required(accountId, "accountId"), "accountId");
            Context.required(productId, "productId");
            SupportedDates.check(Context.required(day, "day"), "day");
            return Prices.defaultPrice(context, account, productId, day);
        });
    }

    private static CatalogEntry entry(Context context, CatalogEntryId id, String field) {
        return context.uow.catalog().findById(id)
                .filter(e -> e.kind() == CatalogKind.PRICE_LIST)
                .orElseThrow(() -> new NotFoundException("price-list", field, id));
    }
}
