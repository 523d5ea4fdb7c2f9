package dev.crmkit.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot web host that embeds CRM Kit through {@code crm-spring-boot-starter}: its own table
 * ({@code host_order}, its own Flyway migration, its own JPA entity) beside CRM Kit's tables and migrations, REST
 * endpoints over the CRM's use cases, and one {@code @Transactional} service that writes both together. Embedded H2
 * by default; PostgreSQL with the {@code postgres} profile.
 */
@SpringBootApplication
public class CrmHostApplication {

    /**
     * Starts the host.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(CrmHostApplication.class, args);
    }
}
