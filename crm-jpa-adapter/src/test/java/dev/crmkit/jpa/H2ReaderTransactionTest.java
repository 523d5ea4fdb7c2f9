package dev.crmkit.jpa;

import javax.sql.DataSource;

class H2ReaderTransactionTest extends ReaderTransactionContract {

    @Override
    protected DataSource database() {
        return Databases.h2();
    }
}
