package dev.crmkit.account;

import dev.crmkit.Crm;

/** A capability class that reaches back to the entry point, for {@code CrmArchitectureRulesTest}. */
final class EntryPointUser {

    Crm crm;
}
