/**
 * CRM Kit's Spring Boot starter: {@link dev.crmkit.spring.CrmAutoConfiguration} and its
 * {@link dev.crmkit.spring.CrmProperties} ({@code crmkit.*}).
 */
package dev.crmkit.spring;
