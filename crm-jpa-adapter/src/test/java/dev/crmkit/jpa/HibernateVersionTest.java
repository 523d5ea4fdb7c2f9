package dev.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.common.StoreException;
import org.junit.jupiter.api.Test;

/** A store refuses, when it is created, a Hibernate ORM it was not built for, naming the versions. */
class HibernateVersionTest {

    @Test
    void givenTheTestedVersions_whenChecked_thenTheyPass() {
        assertThatCode(() -> HibernateVersion.check("7.2.19.Final")).doesNotThrowAnyException();
        assertThatCode(() -> HibernateVersion.check("7.3.7.Final")).doesNotThrowAnyException();
        assertThatCode(HibernateVersion::check).as("the Hibernate this build runs on").doesNotThrowAnyException();
    }

    @Test
    void givenTheHibernateSpringBoot35Manages_whenChecked_thenTheErrorNamesItAndTheSupportedVersions() {
        assertThatThrownBy(() -> HibernateVersion.check("6.6.13.Final"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Hibernate ORM 6.6.13.Final is not supported")
                .hasMessageContaining("7.2 or a later 7.x")
                .hasMessageContaining("7.2.19.Final and 7.3.7.Final");
    }

    @Test
    void givenAnOlderSevenOrANextMajorOrGarbage_whenChecked_thenTheyAreRefused() {
        assertThatThrownBy(() -> HibernateVersion.check("7.1.4.Final")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> HibernateVersion.check("8.0.0.Final")).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> HibernateVersion.check("[WORKING]")).isInstanceOf(StoreException.class)
                .hasMessageContaining("unknown Hibernate ORM version [WORKING]");
    }
}
