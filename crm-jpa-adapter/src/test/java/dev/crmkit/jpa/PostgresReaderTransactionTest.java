package dev.crmkit.jpa;

import javax.sql.DataSource;

class PostgresReaderTransactionTest extends ReaderTransactionContract {

    @Override
    protected DataSource database() {
        return Databases.postgres();
    }
}
