package dev.crmkit.jpa;

import javax.sql.DataSource;

class PostgresStatementBudgetTest extends StatementBudgetContract {

    @Override
    protected DataSource database() {
        return Databases.postgres();
    }
}
