package dev.crmkit.examples.spring;

import org.springframework.data.jpa.repository.JpaRepository;

/** The host's orders, through Spring Data JPA. */
interface HostOrders extends JpaRepository<HostOrder, String> {

    /**
     * @param tenantId the tenant
     * @return how many orders it has
     */
    long countByTenantId(String tenantId);
}
