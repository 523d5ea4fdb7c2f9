package dev.crmkit.jpa;

import dev.crmkit.spi.CrmStore;
import dev.crmkit.testkit.HistoryLanguageContract;

class H2HistoryLanguageTest extends HistoryLanguageContract {

    @Override
    protected CrmStore store() {
        return Databases.h2Store();
    }
}
