package dev.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.account.CreateAccount;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    @Test
    void givenTheSameSeed_whenAccountsAreGeneratedTwice_thenTheyAreEqualAndSpreadOverTenants() {
        Dataset dataset = Dataset.FULL.withAccounts(1_003);

        List<CreateAccount> first = dataset.accounts(3, 0, 50);
        List<CreateAccount> again = dataset.accounts(3, 0, 50);

        assertThat(again).isEqualTo(first);
        assertThat(dataset.accounts(4, 0, 50)).isNotEqualTo(first);
        assertThat(first).extracting(a -> a.details().legalName()).doesNotHaveDuplicates();
        int total = 0;
        for (int t = 0; t < dataset.tenants(); t++) {
            total += dataset.accountsOf(t);
        }
        assertThat(total).isEqualTo(1_003);
        assertThat(dataset.accountsOf(0)).isEqualTo(101);
        assertThat(dataset.accountsOf(9)).isEqualTo(100);
    }
}
