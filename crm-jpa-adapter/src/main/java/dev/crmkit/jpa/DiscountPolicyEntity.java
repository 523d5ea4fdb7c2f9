package dev.crmkit.jpa;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.CatalogEntryId;
import dev.crmkit.common.DiscountPolicyId;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.Version;
import dev.crmkit.discount.DiscountCondition;
import dev.crmkit.discount.DiscountItem;
import dev.crmkit.discount.DiscountPolicy;
import dev.crmkit.discount.DiscountScope;
import dev.crmkit.discount.DiscountTerms;
import dev.crmkit.product.Validity;
import dev.crmkit.spi.StoredRecords;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/** The row of a {@link DiscountPolicy}: scope, item and condition each a kind and what it names. */
@Entity(name = "DiscountPolicy")
@Table(name = "crm_discount_policy")
@IdClass(Keys.ByUuid.class)
class DiscountPolicyEntity {

    static final String ACCOUNT = "ACCOUNT";
    static final String CUSTOMER_TYPE = "CUSTOMER_TYPE";
    static final String PRICE_LIST = "PRICE_LIST";
    static final String EVERYONE = "EVERYONE";

    @Id
    @Column(name = "tenant_id")
    String tenantId;

    @Id
    UUID id;

    String name;

    @Column(name = "name_key")
    String nameKey;

    @Column(name = "scope_kind")
    String scopeKind;

    @Column(name = "scope_id")
    UUID scopeId;

    @Column(name = "item_kind")
    String itemKind;

    @Column(name = "product_id")
    UUID productId;

    @Column(name = "group_name")
    String groupName;

    @Column(name = "group_key")
    String groupKey;

    @Column(name = "condition_kind")
    String conditionKind;

    @Column(name = "min_quantity")
    BigDecimal minQuantity;

    @Column(name = "min_revenue")
    BigDecimal minRevenue;

    @Column(name = "revenue_currency")
    String revenueCurrency;

    BigDecimal percent;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Column(name = "valid_until")
    LocalDate validUntil;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @jakarta.persistence.Version
    Long version;

    DiscountPolicyEntity() {}

    static DiscountPolicyEntity of(String tenantId, DiscountPolicy policy) {
        DiscountPolicyEntity row = new DiscountPolicyEntity();
        row.tenantId = tenantId;
        row.id = policy.id().value();
        row.createdAt = policy.createdAt();
        row.apply(policy);
        return row;
    }

    void apply(DiscountPolicy policy) {
        DiscountTerms t = policy.terms();
        name = t.name();
        nameKey = t.nameKey();
        scopeId = null;
        if (t.scope() instanceof DiscountScope.Account a) {
            scopeKind = ACCOUNT;
            scopeId = a.accountId().value();
        } else if (t.scope() instanceof DiscountScope.CustomerType c) {
            scopeKind = CUSTOMER_TYPE;
            scopeId = c.customerTypeId().value();
        } else if (t.scope() instanceof DiscountScope.PriceList l) {
            scopeKind = PRICE_LIST;
            scopeId = l.priceListId().value();
        } else {
            scopeKind = EVERYONE;
        }
        productId = null;
        groupName = null;
        groupKey = null;
        if (t.item() instanceof DiscountItem.Product p) {
            itemKind = "PRODUCT";
            productId = p.productId().value();
        } else if (t.item() instanceof DiscountItem.Group g) {
            itemKind = "GROUP";
            groupName = g.group();
            groupKey = g.groupKey();
        } else {
            itemKind = "ALL";
        }
        minQuantity = null;
        minRevenue = null;
        revenueCurrency = null;
        if (t.condition() instanceof DiscountCondition.MinimumQuantity q) {
            conditionKind = "QUANTITY";
            minQuantity = q.quantity();
        } else if (t.condition() instanceof DiscountCondition.MinimumRevenue r) {
            conditionKind = "REVENUE";
            minRevenue = r.amount();
            revenueCurrency = r.currency().getCurrencyCode();
        } else {
            conditionKind = "NONE";
        }
        percent = t.percent();
        validFrom = t.validity().from();
        validUntil = t.validity().until();
        updatedAt = policy.updatedAt();
    }

    DiscountPolicy toDomain() {
        DiscountScope scope = switch (scopeKind) {
            case ACCOUNT -> new DiscountScope.Account(new AccountId(scopeId));
            case CUSTOMER_TYPE -> new DiscountScope.CustomerType(new CatalogEntryId(scopeId));
            case PRICE_LIST -> new DiscountScope.PriceList(new CatalogEntryId(scopeId));
            default -> new DiscountScope.Everyone();
        };
        DiscountItem item = switch (itemKind) {
            case "PRODUCT" -> new DiscountItem.Product(new ProductId(productId));
            case "GROUP" -> new DiscountItem.Group(groupName);
            default -> new DiscountItem.All();
        };
        DiscountCondition condition = switch (conditionKind) {
            case "QUANTITY" -> new DiscountCondition.MinimumQuantity(minQuantity);
            case "REVENUE" -> new DiscountCondition.MinimumRevenue(minRevenue, Currency.getInstance(revenueCurrency));
            default -> new DiscountCondition.None();
        };
        DiscountTerms terms = new DiscountTerms(name, scope, item, condition, percent, new Validity(validFrom, validUntil));
        return StoredRecords.discountPolicy(new DiscountPolicyId(id), terms, createdAt, updatedAt, Version.of(version));
    }
}
