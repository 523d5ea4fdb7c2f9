package dev.crmkit.account;

/** A use-case service left public, for {@code CrmArchitectureRulesTest}. */
public final class PublicAccountService {}
