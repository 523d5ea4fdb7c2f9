package dev.crmkit.spring;

import dev.crmkit.CrmBuilder;

/**
 * A host's last word on the {@link dev.crmkit.Crm} the starter builds: every bean of this type is called, in
 * {@link org.springframework.core.annotation.Order} order, with the builder after the starter has set the store, the
 * clock, the publisher and the host's port beans on it, and before it builds. Use it for what no bean says: a
 * document size limit, a cursor key read from the host's secrets, a retry policy.
 *
 * <pre>{@code
 * @Bean
 * CrmBuilderCustomizer crmCursorKey(@Value("${billing.crm-cursor-key}") String key) {
 *     return builder -> builder.cursorKey(HexFormat.of().parseHex(key));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface CrmBuilderCustomizer {

    /**
     * Changes the builder.
     *
     * @param builder the builder the {@code Crm} bean is built from
     */
    void customize(CrmBuilder builder);
}
