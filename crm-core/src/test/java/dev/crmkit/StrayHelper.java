package dev.crmkit;

/** A helper left in the root package, for {@code CrmArchitectureRulesTest}. */
final class StrayHelper {}
