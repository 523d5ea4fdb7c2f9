package dev.crmkit.jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Records every statement a data source runs and checks that each one on a {@code crm_} table can be routed to one
 * tenant's shard: every reference to a {@code crm_} table has its {@code tenant_id} pinned by equality to one value
 * ({@code tenant_id = ?} or a literal), directly or through a chain of {@code a.tenant_id = b.tenant_id} (a derived
 * table's {@code tenant_id} is its inner tables'); an insert names {@code tenant_id} among its columns. A row list
 * such as Hibernate's key lookups, {@code (x.id, x.tenant_id) in ((?, ?), (?, ?))}, pins too: PostgreSQL reads it
 * as an {@code or} of equalities, one per row. And every parameter that pins a {@code tenant_id} must bind the same
 * tenant (or null, a padding row that matches nothing), which the recorder checks on the values each execution
 * bound: one statement, one tenant, one shard. A call of one of the adapter's own functions ({@link
 * #TENANT_FUNCTIONS}) is pinned by its first argument, the tenant. Only the statements named as exceptions pass
 * unpinned: the scheduled sweep's read across tenants.
 *
 * <p>The check reads the SQL text, so it knows no table: any {@code crm_} table a later capability adds is held to
 * the same rule. It resolves an alias or an unqualified {@code tenant_id} through SQL's scopes (parentheses, the
 * branches of a union) as the database does, and it is strict where it cannot tell: an unqualified
 * {@code tenant_id} with two tables in scope, a {@code tenant_id in (?, ?)} or {@code = any(?)} is no pin.
 */
final class TenantRouting implements QueryExecutionListener {

    /** The PostgreSQL kit run's recorder: every statement of {@link Databases#postgresStore()} reports here. */
    static final TenantRouting POSTGRES = new TenantRouting(Set.of(JpaOutbox.SWEEP));

    /** Each statement text's verdict: the kit runs the same texts thousands of times. */
    private static final Map<String, Verdict> VERDICTS = new ConcurrentHashMap<>();

    private final Set<String> exceptions;
    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong onCrmTables = new AtomicLong();
    private final AtomicLong excepted = new AtomicLong();
    /** Each violating statement's reason and text, and how often it ran, since the last {@link #drain()}. */
    private final Map<String, Integer> violations = new LinkedHashMap<>();

    TenantRouting(Set<String> exceptions) {
        this.exceptions = Set.copyOf(exceptions);
    }

    /** @return a data source that reports every statement to this recorder */
    DataSource wrap(DataSource target) {
        return ProxyDataSourceBuilder.create(target).name("tenant-routing").listener(this).build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        for (QueryInfo query : queryInfoList) {
            List<Map<Integer, Object>> bound = new ArrayList<>();
            for (List<ParameterSetOperation> operations : query.getParametersList()) {
                Map<Integer, Object> values = new HashMap<>();
                for (ParameterSetOperation operation : operations) {
                    Object[] args = operation.getArgs();
                    if (args.length > 0 && args[0] instanceof Integer index) {
                        values.put(index, ParameterSetOperation.isSetNullParameterOperation(operation) || args.length < 2
                                ? null : args[1]);
                    }
                }
                bound.add(values);
            }
            record(query.getQuery(), bound);
        }
    }

    /** Counts a statement run with no parameters, and keeps it when it breaks the rule. */
    void record(String sql) {
        record(sql, List.of());
    }

    /**
     * Counts a statement, and keeps it when it breaks the rule.
     *
     * @param sql the statement's text
     * @param bound the values of each execution (one map for a statement, one per row of a batch), by parameter index
     */
    void record(String sql, List<Map<Integer, Object>> bound) {
        statements.incrementAndGet();
        if (!referencesCrmTable(sql)) {
            return;
        }
        onCrmTables.incrementAndGet();
        if (exceptions.contains(sql)) {
            excepted.incrementAndGet();
            return;
        }
        Verdict verdict = VERDICTS.computeIfAbsent(sql, TenantRouting::verdict);
        String problem = verdict.problem();
        if (problem == null) {
            problem = verdict.unequal(bound);
        }
        if (problem != null) {
            String found = problem + "\n    " + sql;
            synchronized (violations) {
                violations.merge(found, 1, Integer::sum);
            }
        }
    }

    /** The statements that broke the rule since the last call, each with how often it ran. */
    List<String> drain() {
        synchronized (violations) {
            List<String> found = new ArrayList<>();
            violations.forEach((statement, times) -> found.add(times + " x " + statement));
            violations.clear();
            return found;
        }
    }

    /** What was recorded so far: statements, those on {@code crm_} tables, and the named exceptions among them. */
    String totals() {
        return String.format(Locale.ROOT, "%d statements, %d on crm_ tables, %d of them the named cross-tenant sweep",
                statements.get(), onCrmTables.get(), excepted.get());
    }

    /** Writes the totals to a file, for the build's record. */
    void writeTotals(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, totals() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern CRM_TABLE = Pattern.compile("(?i)\\bcrm_\\w+");

    static boolean referencesCrmTable(String sql) {
        return CRM_TABLE.matcher(sql.replaceAll("'(?:[^']|'')*'", "''")).find();
    }

    /**
     * Why a statement cannot be routed to one tenant whatever it binds, if it cannot.
     *
     * @param sql the statement as the driver received it
     * @return the reason, or {@code null}
     */
    static String problem(String sql) {
        return verdict(sql).problem();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The check

    /**
     * A statement's verdict: a reason it cannot be routed, or the parameters (by index) that pin a {@code tenant_id},
     * which must all bind one tenant for the statement to run on one shard.
     */
    record Verdict(String problem, List<Integer> tenantParameters) {

        /**
         * Why the bound values break the rule, if they do: two tenants in one statement. A null (the padding row
         * Hibernate adds to a batch of keys) matches no row, so it names no tenant.
         */
        String unequal(List<Map<Integer, Object>> bound) {
            for (Map<Integer, Object> values : bound) {
                Object tenant = null;
                for (int index : tenantParameters) {
                    Object value = values.get(index);
                    if (tenant == null) {
                        tenant = value;
                    } else if (value != null && !tenant.equals(value)) {
                        return "tenant_id bound to several values (" + tenant + ", " + value + ")";
                    }
                }
            }
            return null;
        }
    }

    private static final String NAME = "[a-z_][a-z0-9_$]*";
    /** A parameter (numbered in the normalized text) or a literal ({@code @}). */
    private static final String VALUE = "(?:\\?(\\d+)|@)";
    private static final String TERM = "(?:(" + NAME + ")\\.)?tenant_id";
    private static final Pattern REFERENCE = Pattern.compile("(?:\\bfrom\\s+|\\bjoin\\s+|\\binto\\s+|\\bupdate\\s+|,\\s*)"
            + "(crm_\\w+)(?![.\\w])(?:\\s+(?:as\\s+)?(" + NAME + "))?");
    /** A subquery in a from list, with its alias. */
    private static final Pattern DERIVED = Pattern.compile("(?:\\bfrom|\\bjoin|\\blateral)\\s+#(\\d+)\\s+(?:as\\s+)?(" + NAME + ")");
    private static final Set<String> NOT_ALIASES = Set.of("where", "on", "set", "join", "left", "right", "inner", "outer",
            "full", "cross", "natural", "order", "group", "having", "limit", "offset", "fetch", "for", "using", "values",
            "returning", "union", "except", "intersect", "select", "default", "window", "lateral", "as", "and", "or", "in",
            "not", "is", "then", "else", "end", "when", "asc", "desc", "nulls", "filter", "over", "from");
    private static final Pattern PIN_LEFT = Pattern.compile("(?<![.\\w])" + TERM + "\\s*=\\s*" + VALUE);
    private static final Pattern PIN_RIGHT = Pattern.compile("(?<![\\w])" + VALUE + "\\s*=\\s*" + TERM + "\\b");
    private static final Pattern JOIN = Pattern.compile("(?<![.\\w])" + TERM + "\\s*=\\s*" + TERM + "\\b");
    private static final Pattern ROW_IN = Pattern.compile("#(\\d+)\\s+in\\s+#(\\d+)");
    private static final Pattern SET_OPERATOR = Pattern.compile("\\b(?:union(?:\\s+all)?|except|intersect)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("#(\\d+)");

    /**
     * The adapter's own database functions, each of which takes the tenant as its first argument and pins
     * {@code tenant_id} to it in every statement of its body ({@code TenantRoutingTest} checks the bodies in the
     * migrations): a call is routed by that argument, as Citus routes a function distributed by its first argument.
     */
    static final Set<String> TENANT_FUNCTIONS = Set.of("crm_outbox_due");

    /**
     * A call of a {@code crm_} function: its name, then its first argument when that is a parameter or a literal (an
     * insert's column list after its table is no call).
     */
    private static final Pattern FUNCTION_CALL = Pattern.compile("(?<!\\binto )(?<!\\binto)\\b(crm_\\w+)\\s*\\(\\s*(?:\\?(\\d+)|(@))?");

    private static Verdict verdict(String sql) {
        String text = normalize(sql);
        List<Integer> tenantParameters = new ArrayList<>();
        List<String> unroutedCalls = new ArrayList<>();
        Matcher call = FUNCTION_CALL.matcher(text);
        StringBuilder withoutCalls = new StringBuilder();
        while (call.find()) {
            if (!TENANT_FUNCTIONS.contains(call.group(1))) {
                unroutedCalls.add(call.group(1) + " (not a function known to take the tenant first)");
            } else if (call.group(2) == null && call.group(3) == null) {
                unroutedCalls.add(call.group(1) + " (its first argument is not a parameter or a literal)");
            } else if (call.group(2) != null) {
                tenantParameters.add(Integer.parseInt(call.group(2)));
            }
            // what is left is an ordinary function call, which pins nothing and needs no pin
            call.appendReplacement(withoutCalls, Matcher.quoteReplacement("fn_" + call.group(1) + "(" + (call.group(2) != null
                    ? "?" + call.group(2) : call.group(3) != null ? "@" : "")));
        }
        call.appendTail(withoutCalls);
        if (!unroutedCalls.isEmpty()) {
            return new Verdict("tenant_id not pinned by the call of " + String.join(", ", unroutedCalls), List.of());
        }
        Scope statement = Scope.parse(withoutCalls.toString());
        List<Ref> refs = new ArrayList<>();
        statement.collect(refs);
        Terms terms = new Terms();
        statement.link(terms, tenantParameters);
        List<String> unpinned = new ArrayList<>();
        for (Ref ref : refs) {
            if (ref.table != null && !ref.insertNamesTenant && !terms.pinned(ref)) {
                unpinned.add(ref.table + (ref.alias == null ? "" : " " + ref.alias));
            }
        }
        return new Verdict(unpinned.isEmpty() ? null : "tenant_id not pinned by equality for " + String.join(", ", unpinned),
                List.copyOf(tenantParameters));
    }

    /** Lower case, comments gone, each literal {@code @}, each parameter numbered ({@code ?1}, {@code ?2}...). */
    private static String normalize(String sql) {
        String text = sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ")
                .replaceAll("'(?:[^']|'')*'", "@").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        StringBuilder numbered = new StringBuilder(text.length() + 16);
        int parameter = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            numbered.append(c);
            if (c == '?') {
                numbered.append(++parameter);
            }
        }
        return numbered.toString();
    }

    /** A reference to a table in a scope: a {@code crm_} table, or a derived table (a subquery with an alias). */
    private static final class Ref {
        final String table;
        final String alias;
        final List<Scope> derivedFrom;
        boolean insertNamesTenant;

        Ref(String table, String alias, List<Scope> derivedFrom) {
            this.table = table;
            this.alias = alias;
            this.derivedFrom = derivedFrom;
        }

        /** The name its columns are qualified with. */
        String name() {
            return alias != null ? alias : table;
        }
    }

    /**
     * A scope of the statement: the text of one parenthesized group between its set operators, each group nested in
     * it standing as a placeholder ({@code #n}) whose scopes are this one's children.
     */
    private static final class Scope {
        final Scope parent;
        final String text;
        final List<Scope> children = new ArrayList<>();
        final Map<Integer, List<Scope>> groups = new HashMap<>();
        final List<Ref> refs = new ArrayList<>();

        private Scope(Scope parent, String text) {
            this.parent = parent;
            this.text = text;
        }

        /** The statement as a scope of no text whose children are its top-level branches. */
        static Scope parse(String sql) {
            Scope statement = new Scope(null, "");
            statement.children.addAll(Group.parse(sql).scopes(statement));
            statement.findRefs();
            return statement;
        }

        void collect(List<Ref> all) {
            all.addAll(refs);
            children.forEach(child -> child.collect(all));
        }

        void findRefs() {
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                String alias = m.group(2) != null && !NOT_ALIASES.contains(m.group(2)) ? m.group(2) : null;
                Ref ref = new Ref(m.group(1), alias, null);
                // insert into crm_x (tenant_id, ...): the column list is the group right after the table.
                Matcher columns = PLACEHOLDER.matcher(text);
                if (text.startsWith("into", m.start()) && columns.find(m.end(1))
                        && text.substring(m.end(1), columns.start()).isBlank()) {
                    List<Scope> list = groups.get(Integer.parseInt(columns.group(1)));
                    ref.insertNamesTenant = list.get(0).text.matches(".*(?<![.\\w])tenant_id\\b.*");
                }
                refs.add(ref);
            }
            Matcher d = DERIVED.matcher(text);
            while (d.find()) {
                List<Scope> inner = groups.get(Integer.parseInt(d.group(1)));
                if (!NOT_ALIASES.contains(d.group(2)) && inner.get(0).text.startsWith("select")) {
                    refs.add(new Ref(null, d.group(2), inner));
                }
            }
            children.forEach(Scope::findRefs);
        }

        /** Adds this scope's equalities and row lists, then its children's; notes the parameters that pin a tenant. */
        void link(Terms terms, List<Integer> tenantParameters) {
            for (Ref ref : refs) {
                if (ref.derivedFrom != null) {
                    // A derived table's tenant_id is one of its inner tables'; each of those is checked itself.
                    ref.derivedFrom.forEach(branch -> branch.refs.forEach(inner -> terms.join(ref, inner)));
                }
            }
            for (Pattern pin : List.of(PIN_LEFT, PIN_RIGHT)) {
                Matcher m = pin.matcher(text);
                while (m.find()) {
                    terms.pin(resolve(pin == PIN_LEFT ? m.group(1) : m.group(2)));
                    String parameter = pin == PIN_LEFT ? m.group(2) : m.group(1);
                    if (parameter != null) {
                        tenantParameters.add(Integer.parseInt(parameter));
                    }
                }
            }
            Matcher m = JOIN.matcher(text);
            while (m.find()) {
                terms.join(resolve(m.group(1)), resolve(m.group(2)));
            }
            Matcher rows = ROW_IN.matcher(text);
            while (rows.find()) {
                rowList(Integer.parseInt(rows.group(1)), Integer.parseInt(rows.group(2)), terms, tenantParameters);
            }
            children.forEach(child -> child.link(terms, tenantParameters));
        }

        /**
         * {@code (a, x.tenant_id) in ((?, ?), ...)}: pins {@code x} when every row has a parameter or literal at the
         * tenant's place (the parameters then count among the statement's tenant parameters).
         */
        private void rowList(int columnsGroup, int rowsGroup, Terms terms, List<Integer> tenantParameters) {
            String[] columns = groups.get(columnsGroup).get(0).text.split(",");
            int at = -1;
            String qualifier = null;
            for (int i = 0; i < columns.length; i++) {
                Matcher term = Pattern.compile("^\\s*" + TERM + "\\s*$").matcher(columns[i]);
                if (term.matches()) {
                    at = i;
                    qualifier = term.group(1);
                }
            }
            Scope list = groups.get(rowsGroup).get(0);
            if (at < 0 || !list.text.matches("\\s*#\\d+(\\s*,\\s*#\\d+)*\\s*")) {
                return;
            }
            List<Integer> parameters = new ArrayList<>();
            Matcher row = PLACEHOLDER.matcher(list.text);
            while (row.find()) {
                String[] values = list.groups.get(Integer.parseInt(row.group(1))).get(0).text.split(",");
                Matcher value = values.length == columns.length ? Pattern.compile("^\\s*" + VALUE + "\\s*$").matcher(values[at])
                        : null;
                if (value == null || !value.matches()) {
                    return;
                }
                if (value.group(1) != null) {
                    parameters.add(Integer.parseInt(value.group(1)));
                }
            }
            terms.pin(resolve(qualifier));
            tenantParameters.addAll(parameters);
        }

        /**
         * The reference a {@code tenant_id} term names, as the database resolves it: a qualifier names the nearest
         * reference with that alias (or table name) in this scope or an enclosing one; no qualifier names the one
         * table of the nearest scope that has any, and nothing when that scope has two.
         */
        Ref resolve(String qualifier) {
            for (Scope scope = this; scope != null; scope = scope.parent) {
                if (qualifier == null) {
                    if (scope.refs.size() == 1) {
                        return scope.refs.get(0);
                    }
                    if (scope.refs.size() > 1) {
                        return null;
                    }
                } else {
                    for (Ref ref : scope.refs) {
                        if (qualifier.equals(ref.name())) {
                            return ref;
                        }
                    }
                }
            }
            return null;
        }
    }

    /** A parenthesized group of the statement: its own text with a placeholder {@code #n} for each nested group. */
    private static final class Group {
        final StringBuilder own = new StringBuilder();
        final List<Group> nested = new ArrayList<>();

        static Group parse(String sql) {
            Group root = new Group();
            List<Group> stack = new ArrayList<>(List.of(root));
            for (char c : sql.toCharArray()) {
                Group current = stack.get(stack.size() - 1);
                if (c == '(') {
                    Group child = new Group();
                    current.own.append(" #").append(current.nested.size()).append(' ');
                    current.nested.add(child);
                    stack.add(child);
                } else if (c == ')' && stack.size() > 1) {
                    stack.remove(stack.size() - 1);
                } else {
                    current.own.append(c);
                }
            }
            return root;
        }

        /** The group's scopes (one per branch of a set operator), each with the scopes of the groups it holds. */
        List<Scope> scopes(Scope parent) {
            List<Scope> branches = new ArrayList<>();
            String text = own.toString();
            Matcher split = SET_OPERATOR.matcher(text);
            int start = 0;
            List<String> pieces = new ArrayList<>();
            while (split.find()) {
                pieces.add(text.substring(start, split.start()));
                start = split.end();
            }
            pieces.add(text.substring(start));
            for (String piece : pieces) {
                Scope scope = new Scope(parent, piece.trim());
                Matcher placeholder = PLACEHOLDER.matcher(piece);
                while (placeholder.find()) {
                    int index = Integer.parseInt(placeholder.group(1));
                    List<Scope> inner = nested.get(index).scopes(scope);
                    scope.children.addAll(inner);
                    scope.groups.put(index, inner);
                }
                branches.add(scope);
            }
            return branches;
        }
    }

    /** The {@code tenant_id} of each reference, joined into classes by equalities; a class is pinned or not. */
    private static final class Terms {
        private final Map<Ref, Ref> parent = new IdentityHashMap<>();
        private final Set<Ref> pinnedRoots = new HashSet<>();

        private Ref root(Ref ref) {
            Ref r = ref;
            while (parent.containsKey(r)) {
                r = parent.get(r);
            }
            return r;
        }

        void pin(Ref ref) {
            if (ref != null) {
                pinnedRoots.add(root(ref));
            }
        }

        void join(Ref a, Ref b) {
            if (a == null || b == null) {
                return;
            }
            Ref ra = root(a);
            Ref rb = root(b);
            if (ra != rb) {
                parent.put(ra, rb);
                if (pinnedRoots.remove(ra)) {
                    pinnedRoots.add(rb);
                }
            }
        }

        boolean pinned(Ref ref) {
            return pinnedRoots.contains(root(ref));
        }
    }
}
