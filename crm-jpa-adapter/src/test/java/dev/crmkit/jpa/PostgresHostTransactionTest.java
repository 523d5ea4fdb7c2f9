package dev.crmkit.jpa;

import javax.sql.DataSource;

class PostgresHostTransactionTest extends HostTransactionContract {

    @Override
    protected DataSource database() {
        return Databases.postgres();
    }
}
