package dev.crmkit.consent;

import dev.crmkit.common.AccountId;
import dev.crmkit.common.ContactId;
import dev.crmkit.common.FieldChange;
import dev.crmkit.common.InvalidCommandException;
import dev.crmkit.common.NotFoundException;
import dev.crmkit.common.TenantId;
import dev.crmkit.contact.Contact;
import dev.crmkit.event.ConsentEvent;
import dev.crmkit.internal.AccountGuard;
import dev.crmkit.internal.Caller;
import dev.crmkit.internal.Context;
import dev.crmkit.internal.InputCheck;
import dev.crmkit.internal.UseCases;
import dev.crmkit.spi.ConsentRepository.OptOutToken;
import dev.crmkit.spi.TransactionMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** {@link Consents} for one actor, and the opt-out a message's recipient reaches without an actor. */
final class ConsentService implements Consents {

    /** The source an opt-out through a message's link is recorded with. */
    static final String OPT_OUT_SOURCE = "opt-out link";

    private static final String TOKEN_FIELD = "token";
    /** The longest token read: a tenant id (at most 64 characters), a dot and the random part. */
    private static final int MAX_TOKEN_LENGTH = 120;
    private static final int RANDOM_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The account's own decisions first, then by contact, then by channel. */
    private static final Comparator<Consent> BY_SUBJECT_AND_CHANNEL = Comparator
            .comparing((Consent c) -> c.subject().contactId() == null ? "" : c.subject().contactId().toString())
            .thenComparing(Consent::channel);

    private final UseCases useCases;
    private final Caller actor;

    ConsentService(UseCases useCases, Caller actor) {
        this.useCases = useCases;
        this.actor = actor;
    }

    @Override
    public Consent record(RecordConsent command) {
        return useCases.write(actor, command, context -> {
            reachable(context, command.subject());
            Consent consent = Consent.builder(command.subject(), command.channel(), command.state())
                    .source(command.source().strip())
                    .recordedAt(context.now)
                    .recordedBy(context.user.id())
                    .build();
            return store(context, consent);
        });
    }

    @Override
    public List<Consent> current(AccountId accountId) {
        return useCases.read(actor, context -> latest(decisions(context, accountId)).values().stream()
                .sorted(BY_SUBJECT_AND_CHANNEL).toList());
    }

    @Override
    public List<Consent> history(AccountId accountId) {
        return useCases.read(actor, context -> {
            List<Consent> all = new ArrayList<>(decisions(context, accountId));
            java.util.Collections.reverse(all);
            return List.copyOf(all);
        });
    }

    @Override
    public ContactPermission check(ConsentSubject subject, ConsentChannel channel) {
        return useCases.read(actor, context -> {
            Context.required(subject, "subject");
            Context.required(channel, "channel");
            reachable(context, subject);
            return permission(context.uow.consents().ofAccount(subject.accountId()), context.uow.consents().settings(),
                    subject, channel);
        });
    }

    @Override
    public String optOutToken(ConsentSubject subject, ConsentChannel channel) {
        return useCases.write(actor, context -> {
            Context.required(subject, "subject");
            Context.required(channel, "channel");
            reachable(context, subject);
            byte[] random = new byte[RANDOM_BYTES];
            RANDOM.nextBytes(random);
            String token = context.uow.tenantId().value() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            context.uow.consents().insertToken(hash(token), new OptOutToken(subject, channel, context.now));
            return token;
        });
    }

    @Override
    public ConsentSettings settings() {
        return useCases.read(actor, context -> context.uow.consents().settings());
    }

    @Override
    public ConsentSettings updateSettings(ConsentSettings settings) {
        return useCases.write(actor, settings, context -> {
            context.requireAdmin();
            ConsentSettings current = context.uow.consents().settings();
            if (current.equals(settings)) {
                return current;
            }
            context.uow.consents().saveSettings(settings);
            context.record(new ConsentEvent.ConsentSettingsChanged(context.meta(), List.of(new FieldChange(
                    "explicitChannels", words(current), words(settings)))));
            return settings;
        });
    }

    /**
     * Records the withdrawal a token stands for, with no actor (the recipient followed the link in a message). Following
     * it again changes nothing and answers the withdrawal in force; a token that was never issued, or whose account was
     * deleted since, is refused as invalid input naming {@code token}.
     */
    static Consent optOut(UseCases useCases, String token) {
        TenantId tenant = tenantOf(token);
        return useCases.onTenant(tenant, useCases.now(), TransactionMode.READ_WRITE, context -> {
            OptOutToken issued = context.uow.consents().token(hash(token)).orElseThrow(ConsentService::invalidToken);
            List<Consent> decisions = context.uow.consents().ofAccount(issued.subject().accountId());
            Consent own = latest(decisions).get(key(issued.subject(), issued.channel()));
            if (own != null && own.state() == ConsentState.WITHDRAWN) {
                return own;
            }
            return store(context, Consent.builder(issued.subject(), issued.channel(), ConsentState.WITHDRAWN)
                    .source(OPT_OUT_SOURCE).recordedAt(context.now).build());
        });
    }

    private static Consent store(Context context, Consent consent) {
        context.uow.consents().insert(consent);
        context.record(new ConsentEvent.ConsentRecorded(context.meta(), consent.subject().accountId(),
                consent.subject().contactId(), consent.channel(), consent.state(), consent.source()));
        return consent;
    }

    /**
     * How a check decides (see {@link Consents}): a withdrawal of the contact or of the account wins, then a grant of
     * either, then the channel's rule.
     */
    static ContactPermission permission(List<Consent> decisions, ConsentSettings settings, ConsentSubject subject,
            ConsentChannel channel) {
        return ContactPermission.decide(decisions, settings, subject, channel);
    }

    /** The latest decision of each subject and channel, from decisions oldest first. */
    static Map<String, Consent> latest(List<Consent> decisions) {
        Map<String, Consent> latest = new LinkedHashMap<>();
        for (Consent decision : decisions) {
            latest.put(key(decision.subject(), decision.channel()), decision);
        }
        return latest;
    }

    private static String key(ConsentSubject subject, ConsentChannel channel) {
        return subject.contactId() + "/" + channel;
    }

    /** The decisions of an account in the actor's scope, oldest first. */
    private static List<Consent> decisions(Context context, AccountId accountId) {
        AccountGuard.reachable(context, Context.required(accountId, "accountId"), "account", "accountId", accountId);
        return context.uow.consents().ofAccount(accountId);
    }

    /** The subject's account in the actor's scope, and its contact one of that account's. */
    private static void reachable(Context context, ConsentSubject subject) {
        AccountId accountId = subject.accountId();
        AccountGuard.reachable(context, accountId, "account", "subject.accountId", accountId);
        ContactId contactId = subject.contactId();
        if (contactId != null) {
            Contact contact = context.uow.contacts().findById(contactId).orElse(null);
            // A contact of another account is answered as an unknown one.
            if (contact == null || !contact.accountId().equals(accountId)) {
                throw new NotFoundException("contact", "subject.contactId", contactId);
            }
        }
    }

    private static TenantId tenantOf(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw invalidToken();
        }
        InputCheck.text(token, TOKEN_FIELD, MAX_TOKEN_LENGTH);
        int dot = token.lastIndexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            throw invalidToken();
        }
        try {
            return TenantId.of(token.substring(0, dot));
        } catch (RuntimeException e) {
            throw invalidToken();
        }
    }

    private static InvalidCommandException invalidToken() {
        return InvalidCommandException.single(TOKEN_FIELD, "InvalidToken");
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String words(ConsentSettings settings) {
        return settings.explicitChannels().stream().sorted().map(Objects::toString).collect(Collectors.joining(", "));
    }
}
