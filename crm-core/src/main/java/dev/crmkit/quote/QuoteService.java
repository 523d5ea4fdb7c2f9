package dev.crmkit.quote;

import dev.crmkit.account.Account;
import dev.crmkit.common.AccountId;
import dev.crmkit.common.CardId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.Changes;
import dev.crmkit.common.ConflictException;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.Messages;
import dev.crmkit.common.Money;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.ProductId;
import dev.crmkit.common.QuoteId;
import dev.crmkit.common.RuleViolationException;
import dev.crmkit.common.SupportedDates;
import dev.crmkit.contact.Contact;
import dev.crmkit.discount.DiscountWiring;
import dev.crmkit.discount.LineDiscounts;
import dev.crmkit.event.QuoteEvent;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.ContactGuard;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.PipelineGuard;
import dev.crmkit.internal.Prices;
import dev.crmkit.internal.UseCases;
import dev.crmkit.pipeline.Card;
import dev.crmkit.product.PriceListTerms;
import dev.crmkit.product.Product;
import dev.crmkit.product.ProductPrice;
import dev.crmkit.spi.TaxCalculator;
import dev.crmkit.spi.TaxRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@link Quotes} for one actor. */
final class QuoteService implements Quotes {

    private final UseCases useCases;
    private final Caller actor;
    private final TaxCalculator taxes;
    private final QuoteNumbering numbering;

    QuoteService(UseCases useCases, Caller actor, TaxCalculator taxes, QuoteNumbering numbering) {
        this.useCases = useCases;
        this.actor = actor;
        this.taxes = taxes;
        this.numbering = numbering;
    }

    @Override
    public Quote create(CreateQuote command) {
        return useCases.write(actor, command, context -> {
            Account account = AccountGuard.visible(context, command.accountId(), "accountId");
            LocalDate today = today(context);
            InvalidCommandException.Builder problems = InvalidCommandException.builder("CreateQuote");
            if (command.contactId() != null) {
                Contact contact = ContactGuard.visible(context, command.contactId(), "contactId");
                if (!contact.accountId().equals(account.id())) {
                    problems.add("contactId", "OtherAccount");
                }
            }
            if (command.cardId() != null) {
                Card card = PipelineGuard.visibleCard(context, command.cardId(), "cardId");
                if (!card.accountId().map(account.id()::equals).orElse(false)) {
                    problems.add("cardId", "OtherAccount");
                }
            }
            Currency currency = command.currency() != null ? command.currency() : listCurrency(context, account);
            if (currency == null) {
                problems.add("currency", "NotNull");
            }
            LocalDate validUntil = command.validUntil() != null ? command.validUntil()
                    : today.plusDays(CreateQuote.DEFAULT_VALID_DAYS);
            checkValidity(validUntil, today, problems);
            problems.throwIfAny();
            Quote stored = insertNew(context, account, new NewQuote(command.contactId(), command.cardId(), currency,
                    validUntil, command.lines(), command.discountPercent()), products(context, command.lines()),
                    unpriced -> Prices.defaultPrices(context, account, unpriced, today), problems);
            problems.throwIfAny();
            return stored;
        });
    }

    /** What a new quote is made of, its account aside, once its currency and validity are known. */
    record NewQuote(ContactId contactId, CardId cardId, Currency currency, LocalDate validUntil,
            List<QuoteLineInput> lines, BigDecimal discountPercent) {}

    /**
     * Prices, numbers and stores a new quote for an account in the running use case, and records its events: what
     * {@link #create} does once the references are checked, and what an offer campaign's launch does for each member.
     * Its currency is known (not {@code null}) and its references checked.
     *
     * @param products the lines' products, read beforehand (see {@link #products})
     * @param prices the account's price-list prices of some products on the quote's day
     * @param problems where the lines' problems are added, each named by its line ({@code lines[i]...})
     * @return the quote as stored, or {@code null} when a line has a problem: then nothing is stored, counted or
     *     recorded
     */
    Quote insertNew(Context context, Account account, NewQuote quote, Map<ProductId, Product> products,
            java.util.function.Function<Set<ProductId>, Map<ProductId, ProductPrice>> prices,
            InvalidCommandException.Builder problems) {
        LocalDate today = today(context);
        LineDiscounts discounts = DiscountWiring.lineDiscounts(context, account, today);
        List<QuoteLine> lines = lines(quote.currency(), quote.lines(), products, prices.apply(unpriced(quote.lines())),
                discounts, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        BigDecimal discountPercent = percent(quote.discountPercent());
        QuoteRevision revision = QuoteRevision.builder(1, quote.validUntil(), lines,
                        totals(context, account, quote.currency(), lines, discountPercent))
                .discountPercent(discountPercent)
                .approval(approval(lines, discountPercent, discounts, null))
                .build();
        // The count is taken last, once nothing can refuse the command: the counter stays locked for the least time.
        long sequence = context.uow.quotes().nextSequence(numbering.start());
        Quote created = Quote.create(sequence, numbering.format(sequence), account.id(), quote.contactId(),
                quote.cardId(), quote.currency(), revision, context.now);
        Quote stored = context.uow.quotes().insert(created);
        context.record(new QuoteEvent.QuoteCreated(context.meta(), stored.id(), stored.accountId(), stored.number(),
                quote.currency(), revision.totals().total()));
        recordApprovalRequest(context, stored, null, discounts);
        return stored;
    }

    @Override
    public Quote update(UpdateQuote command) {
        return useCases.write(actor, command, context -> {
            Loaded loaded = load(context, command.quoteId(), "quoteId");
            Quote current = loaded.quote();
            if (!current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("quote", current.id(), command.expectedVersion(), current.version());
            }
            if (!current.status().editable()) {
                throw new RuleViolationException("quote.closed", "quoteId", current.number(), word(current.status()));
            }
            LocalDate today = today(context);
            InvalidCommandException.Builder problems = InvalidCommandException.builder("UpdateQuote");
            checkValidity(command.validUntil(), today, problems);
            problems.throwIfAny();
            LineDiscounts discounts = DiscountWiring.lineDiscounts(context, loaded.account(), today);
            List<QuoteLine> lines = lines(current.currency(), command.lines(), products(context, command.lines()),
                    Prices.defaultPrices(context, loaded.account(), unpriced(command.lines()), today), discounts, problems);
            problems.throwIfAny();
            QuoteRevision before = current.revision();
            BigDecimal discountPercent = percent(command.discountPercent());
            boolean sent = current.status() == QuoteStatus.SENT;
            if (sent && current.revision().number() >= QuoteRevision.MOST) {
                throw new RuleViolationException("quote.revisions", "quoteId", current.number(), QuoteRevision.MOST);
            }
            QuoteRevision after = QuoteRevision.builder(sent ? before.number() + 1 : before.number(),
                            command.validUntil(), lines,
                            totals(context, loaded.account(), current.currency(), lines, discountPercent))
                    .discountPercent(discountPercent)
                    .approval(approval(lines, discountPercent, discounts, before.approval()))
                    .build();
            Changes changes = new Changes();
            changes.compare("validUntil", before.validUntil(), after.validUntil());
            changes.compare("lines", describe(before.lines()), describe(after.lines()));
            changes.compare("discountPercent", before.discountPercent().stripTrailingZeros().toPlainString(),
                    after.discountPercent().stripTrailingZeros().toPlainString());
            changes.compare("total", before.totals().total().toPlainString(), after.totals().total().toPlainString());
            if (changes.isEmpty() && before.totals().equals(after.totals()) && before.lines().equals(after.lines())
                    && Objects.equals(before.approval(), after.approval())) {
                return current;
            }
            Quote stored = context.uow.quotes().update(current.revise(after, QuoteStatus.DRAFT, context.now));
            List<FieldChange> changed = changes.toList();
            context.record(sent
                    ? new QuoteEvent.QuoteRevised(context.meta(), stored.id(), stored.accountId(), stored.number(),
                            after.number(), changed)
                    : new QuoteEvent.QuoteEdited(context.meta(), stored.id(), stored.accountId(), stored.number(),
                            after.number(), changed));
            if (sent) {
                context.record(new QuoteEvent.QuoteStatusChanged(context.meta(), stored.id(), stored.accountId(),
                        stored.number(), QuoteStatus.SENT, QuoteStatus.DRAFT));
            }
            recordApprovalRequest(context, stored, sent ? null : before.approval(), discounts);
            return stored;
        });
    }

    @Override
    public Quote changeStatus(ChangeQuoteStatus command) {
        return useCases.write(actor, command, context -> {
            Quote current = reachable(context, command.quoteId(), "quoteId");
            if (!current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("quote", current.id(), command.expectedVersion(), current.version());
            }
            QuoteStatus from = current.status();
            QuoteStatus to = command.status();
            if (!from.canMoveTo(to)) {
                throw new RuleViolationException("quote.transition", "status", current.number(), word(from), word(to));
            }
            if (to == QuoteStatus.SENT && current.revision().awaitsApproval()) {
                throw new RuleViolationException(current.revision().approval().status() == QuoteApproval.Status.REJECTED
                        ? "quote.approval-rejected" : "quote.approval-pending", "status", current.number());
            }
            if (to == QuoteStatus.ACCEPTED && current.expiredOn(today(context))) {
                throw new RuleViolationException("quote.expired", "status", current.number(),
                        current.revision().validUntil().toString());
            }
            Quote stored = context.uow.quotes().update(current.revise(current.revision(), to, context.now));
            context.record(new QuoteEvent.QuoteStatusChanged(context.meta(), stored.id(), stored.accountId(),
                    stored.number(), from, to));
            return stored;
        });
    }

    @Override
    public Quote approveDiscount(DecideQuoteDiscount command) {
        return decide(command, QuoteApproval.Status.APPROVED);
    }

    @Override
    public Quote rejectDiscount(DecideQuoteDiscount command) {
        return decide(command, QuoteApproval.Status.REJECTED);
    }

    /** An administrator's decision on a revision's manual discounts that wait: approver and instant kept on it. */
    private Quote decide(DecideQuoteDiscount command, QuoteApproval.Status decision) {
        return useCases.write(actor, command, context -> {
            context.requireAdmin();
            Quote current = reachable(context, command.quoteId(), "quoteId");
            if (!current.version().equals(command.expectedVersion())) {
                throw ConflictException.staleVersion("quote", current.id(), command.expectedVersion(), current.version());
            }
            QuoteApproval approval = current.revision().approval();
            if (approval == null || approval.status() != QuoteApproval.Status.PENDING) {
                throw new RuleViolationException("quote.no-approval", "quoteId", current.number());
            }
            QuoteRevision decided = current.revision()
                    .withApproval(approval.decided(decision, context.user.id(), context.now));
            Quote stored = context.uow.quotes().update(current.revise(decided, current.status(), context.now));
            int revision = decided.number();
            context.record(decision == QuoteApproval.Status.APPROVED
                    ? new QuoteEvent.QuoteDiscountApproved(context.meta(), stored.id(), stored.accountId(),
                            stored.number(), revision)
                    : new QuoteEvent.QuoteDiscountRejected(context.meta(), stored.id(), stored.accountId(),
                            stored.number(), revision));
            return stored;
        });
    }

    /** A discount percentage as stored: none is zero. */
    private static BigDecimal percent(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /**
     * Where a revision's manual discounts stand: none needed when the highest (a line's own or the quote's) is within
     * its author's limit or he has none; an earlier approval kept when it covered as much; otherwise waiting.
     */
    private static QuoteApproval approval(List<QuoteLine> lines, BigDecimal quotePercent, LineDiscounts discounts,
            QuoteApproval earlier) {
        BigDecimal highest = quotePercent;
        for (QuoteLine line : lines) {
            if (line.manualDiscount() && line.discountPercent().compareTo(highest) > 0) {
                highest = line.discountPercent();
            }
        }
        if (highest.signum() == 0) {
            return null;
        }
        BigDecimal limit = discounts.manualLimit().orElse(null);
        if (limit == null || highest.compareTo(limit) <= 0) {
            return null;
        }
        if (earlier != null && earlier.approved() && earlier.percent().compareTo(highest) >= 0) {
            return earlier;
        }
        return QuoteApproval.pending(highest);
    }

    /** Raises the request for approval when a revision starts waiting (or waits for more than before). */
    private static void recordApprovalRequest(Context context, Quote stored, QuoteApproval before,
            LineDiscounts discounts) {
        QuoteApproval after = stored.revision().approval();
        if (after == null || after.status() != QuoteApproval.Status.PENDING || after.equals(before)) {
            return;
        }
        context.record(new QuoteEvent.QuoteDiscountApprovalRequested(context.meta(), stored.id(), stored.accountId(),
                stored.number(), stored.revision().number(), after.percent(),
                discounts.manualLimit().orElse(BigDecimal.ZERO)));
    }

    @Override
    public Quote get(QuoteId quoteId) {
        return useCases.read(actor, context -> reachable(context, quoteId, "quoteId"));
    }

    @Override
    public QuoteRevision revision(QuoteId quoteId, int revision) {
        return useCases.read(actor, context -> {
            if (revision < 1 || revision > QuoteRevision.MOST) {
                throw InvalidCommandException.single("revision", "Range", 1, QuoteRevision.MOST);
            }
            Quote quote = reachable(context, quoteId, "quoteId");
            if (revision == quote.revision().number()) {
                return quote.revision();
            }
            if (revision > quote.revision().number()) {
                throw new NotFoundException("quote-revision", "revision", revision);
            }
            return context.uow.quotes().revision(quote.id(), revision)
                    .orElseThrow(() -> new NotFoundException("quote-revision", "revision", revision));
        });
    }

    @Override
    public List<QuoteSummary> ofAccount(AccountId accountId) {
        return useCases.read(actor, context -> {
            AccountGuard.visible(context, accountId, "accountId");
            return summaries(context, context.uow.quotes().findByAccount(accountId));
        });
    }

    /** An account's quotes, newest number first, with whether each has expired on the tenant's today. */
    static List<QuoteSummary> summaries(Context context, List<Quote> quotes) {
        LocalDate today = today(context);
        return quotes.stream()
                .sorted(Comparator.comparingLong(Quote::sequence).reversed())
                .map(q -> new QuoteSummary(q, q.expiredOn(today)))
                .toList();
    }

    /** Lines as the history shows them: quantity, words and unit price of each, cut short past 500 characters. */
    private static String describe(List<QuoteLine> lines) {
        StringBuilder text = new StringBuilder();
        for (QuoteLine line : lines) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(line.quantity().toPlainString()).append(" x ")
                    .append(line.item().description()).append(" @ ").append(line.unitPrice().toPlainString());
            if (line.discountPercent().signum() != 0) {
                text.append(" -").append(line.discountPercent().toPlainString()).append('%');
            }
        }
        return text.length() > 500 ? text.substring(0, 499) + "\u2026" : text.toString();
    }

    private record Loaded(Quote quote, Account account) {}

    /** A quote whose account is in the actor's scope; not found, exactly as an unknown one, otherwise. */
    private static Loaded load(Context context, QuoteId id, String field) {
        Quote quote = context.uow.quotes().findById(Context.required(id, field))
                .orElseThrow(() -> new NotFoundException("quote", field, id));
        return new Loaded(quote, AccountGuard.ofRecord(context, quote.accountId(), "quote", field, id));
    }

    /** A status in the reader's words. */
    private static Messages.Key word(QuoteStatus status) {
        return new Messages.Key("quote-status." + status.name());
    }

    /** A quote whose account is in the actor's scope, at most its account's responsibles read; not found otherwise. */
    private static Quote reachable(Context context, QuoteId id, String field) {
        Quote quote = context.uow.quotes().findById(Context.required(id, field))
                .orElseThrow(() -> new NotFoundException("quote", field, id));
        AccountGuard.reachableFromRecord(context, quote.accountId(), "quote", field, id);
        return quote;
    }

    private static LocalDate today(Context context) {
        return LocalDate.ofInstant(context.now, context.tenant.timeZone());
    }

    private static void checkValidity(LocalDate validUntil, LocalDate today, InvalidCommandException.Builder problems) {
        if (validUntil != null && !SupportedDates.contains(validUntil)) {
            SupportedDates.addTo(problems, "validUntil", validUntil);
        } else if (validUntil != null && validUntil.isBefore(today)) {
            problems.add("validUntil", "FutureOrPresent");
        }
    }

    static Currency listCurrency(Context context, Account account) {
        var list = account.details().customer().priceListId();
        return list == null ? null
                : context.uow.priceLists().findById(list).map(PriceListTerms::currency).orElse(null);
    }

    /** The products of some lines, read in one go, by id; an unknown one is left out. */
    static Map<ProductId, Product> products(Context context, List<QuoteLineInput> inputs) {
        Set<ProductId> productIds = new HashSet<>();
        for (QuoteLineInput input : inputs) {
            if (input.item().productId() != null) {
                productIds.add(input.item().productId());
            }
        }
        Map<ProductId, Product> products = new HashMap<>();
        if (!productIds.isEmpty()) {
            context.uow.products().findByIds(productIds).forEach(p -> products.put(p.id(), p));
        }
        return products;
    }

    /** The products of the lines that leave their unit price to the price list. */
    static Set<ProductId> unpriced(List<QuoteLineInput> inputs) {
        Set<ProductId> unpriced = new HashSet<>();
        for (QuoteLineInput input : inputs) {
            if (input.item().productId() != null && input.unitPrice() == null) {
                unpriced.add(input.item().productId());
            }
        }
        return unpriced;
    }

    /**
     * What lines say whatever the account: each product known and active, each free-text line with its description
     * and unit price. Problems are added under a path ({@code "lines"} in a quote's own command).
     */
    static void checkItems(List<QuoteLineInput> inputs, Map<ProductId, Product> products, String path,
            InvalidCommandException.Builder problems) {
        for (int i = 0; i < inputs.size(); i++) {
            checkItem(inputs.get(i), products, path + "[" + i + "]", problems);
        }
    }

    /** Checks one line's item, adding its problems under the line's path; {@code false} when it has one. */
    private static boolean checkItem(QuoteLineInput input, Map<ProductId, Product> products, String line,
            InvalidCommandException.Builder problems) {
        QuoteItem item = input.item();
        boolean right = true;
        if (item.productId() != null) {
            Product product = products.get(item.productId());
            if (product == null) {
                problems.add(line + ".item.productId", "UnknownReference", item.productId().toString());
                right = false;
            } else if (!product.active()) {
                problems.add(line + ".item.productId", "InactiveReference", product.details().code());
                right = false;
            }
        } else {
            if (item.description() == null) {
                problems.add(line + ".item.description", "NotBlank");
                right = false;
            }
            if (input.unitPrice() == null) {
                problems.add(line + ".unitPrice", "NotNull");
                right = false;
            }
        }
        return right;
    }

    /**
     * The command's lines as stored: the products and the account's prices read beforehand, every price at the
     * currency's scale. Problems are added, naming each line.
     */
    private static List<QuoteLine> lines(Currency currency, List<QuoteLineInput> inputs, Map<ProductId, Product> products,
            Map<ProductId, ProductPrice> prices, LineDiscounts discounts, InvalidCommandException.Builder problems) {
        List<QuoteLine> lines = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            QuoteLineInput input = inputs.get(i);
            boolean right = checkItem(input, products, "lines[" + i + "]", problems);
            QuoteItem item = input.item();
            BigDecimal unitPrice = input.unitPrice();
            Product product = item.productId() == null ? null : products.get(item.productId());
            if (product != null) {
                item = new QuoteItem(product.id(),
                        item.description() != null ? item.description() : product.details().name(),
                        item.unit() != null ? item.unit() : product.details().unit());
                if (unitPrice == null) {
                    ProductPrice price = prices.get(product.id());
                    if (price == null || !price.price().currency().equals(currency)) {
                        problems.add("lines[" + i + "].unitPrice", "NoDefaultPrice", product.details().code());
                        continue;
                    }
                    unitPrice = price.price().amount();
                }
            }
            if (!right) {
                continue;
            }
            QuoteLine.Builder line = QuoteLine.builder(item, input.quantity(), new Money(unitPrice, currency).amount());
            if (input.discountPercent() != null) {
                line.discount(input.discountPercent());
            } else if (product != null) {
                // A line without a discount of its own takes the policy that applies to it, if any.
                discounts.forLine(product.id(), product.details().groupKey(), input.quantity())
                        .ifPresent(policy -> line.policyDiscount(policy.terms().percent(), policy.id()));
            }
            lines.add(line.build());
        }
        return lines;
    }

    /**
     * The money of some lines: each line rounded half-even to the currency's scale, the subtotal their sum, and the
     * taxes of a taxable account as the host computes them, each rounded the same way.
     */
    private QuoteTotals totals(Context context, Account account, Currency currency, List<QuoteLine> lines,
            BigDecimal discountPercent) {
        return totals(lines, currency, discountPercent, account.details().customer().taxable() ? lineTotals -> taxes.taxes(
                new TaxRequest(context.uow.tenantId(), account.id(), currency, taxLines(lines, lineTotals)))
                : lineTotals -> List.of());
    }

    private static List<TaxRequest.Line> taxLines(List<QuoteLine> lines, List<BigDecimal> lineTotals) {
        List<TaxRequest.Line> taxLines = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            taxLines.add(new TaxRequest.Line(lines.get(i).item().productId(), lines.get(i).quantity(), lineTotals.get(i)));
        }
        return taxLines;
    }

    /**
     * The totals of lines with the quote's own discount and the taxes a function gives. Each line is rounded half-even
     * to the currency's scale and the subtotal is their sum. The quote's discount is its percentage of the subtotal,
     * rounded half-even to the same scale. The taxes are asked of each line's net amount: its total less its share of
     * the quote's discount, each share its percentage of the line rounded half-even, the cents the shares' rounding
     * leaves over going to the first of the largest lines, so the net amounts add up to the subtotal less the discount
     * exactly. The total is the subtotal, less the discount, plus the taxes, each rounded half-even.
     */
    static QuoteTotals totals(List<QuoteLine> lines, Currency currency, BigDecimal discountPercent,
            java.util.function.Function<List<BigDecimal>, List<QuoteTax>> taxesOf) {
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        List<BigDecimal> lineTotals = new ArrayList<>(lines.size());
        BigDecimal subtotal = BigDecimal.ZERO.setScale(scale);
        for (QuoteLine line : lines) {
            BigDecimal total = line.total(currency);
            lineTotals.add(total);
            subtotal = subtotal.add(total);
        }
        BigDecimal discount = share(subtotal, discountPercent, scale);
        List<BigDecimal> netTotals = netTotals(lineTotals, discountPercent, discount, scale);
        List<QuoteTax> computed = Objects.requireNonNullElse(taxesOf.apply(netTotals), List.of());
        List<QuoteTax> rounded = new ArrayList<>(computed.size());
        BigDecimal total = subtotal.subtract(discount);
        for (QuoteTax tax : computed) {
            QuoteTax scaled = new QuoteTax(tax.name(), tax.amount().setScale(scale, RoundingMode.HALF_EVEN));
            rounded.add(scaled);
            total = total.add(scaled.amount());
        }
        return QuoteTotals.builder(lineTotals, subtotal).discount(discount).taxes(rounded).total(total).build();
    }

    /** A percentage of an amount, rounded half-even to a scale. */
    private static BigDecimal share(BigDecimal amount, BigDecimal percent, int scale) {
        return amount.multiply(percent).divide(BigDecimal.valueOf(100)).setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** Each line's total less its share of the quote's discount; the shares add up to the discount exactly. */
    private static List<BigDecimal> netTotals(List<BigDecimal> lineTotals, BigDecimal percent, BigDecimal discount,
            int scale) {
        if (discount.signum() == 0) {
            return List.copyOf(lineTotals);
        }
        List<BigDecimal> shares = new ArrayList<>(lineTotals.size());
        BigDecimal shared = BigDecimal.ZERO;
        int largest = 0;
        for (int i = 0; i < lineTotals.size(); i++) {
            BigDecimal share = share(lineTotals.get(i), percent, scale);
            shares.add(share);
            shared = shared.add(share);
            if (lineTotals.get(i).compareTo(lineTotals.get(largest)) > 0) {
                largest = i;
            }
        }
        shares.set(largest, shares.get(largest).add(discount.subtract(shared)));
        List<BigDecimal> net = new ArrayList<>(lineTotals.size());
        for (int i = 0; i < lineTotals.size(); i++) {
            net.add(lineTotals.get(i).subtract(shares.get(i)));
        }
        return List.copyOf(net);
    }
}
