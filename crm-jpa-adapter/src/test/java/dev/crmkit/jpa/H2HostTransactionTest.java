package dev.crmkit.jpa;

import javax.sql.DataSource;

class H2HostTransactionTest extends HostTransactionContract {

    @Override
    protected DataSource database() {
        return Databases.h2();
    }
}
