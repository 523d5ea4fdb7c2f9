package dev.crmkit.jpa;

import javax.sql.DataSource;

class H2StatementBudgetTest extends StatementBudgetContract {

    @Override
    protected DataSource database() {
        return Databases.h2();
    }
}
