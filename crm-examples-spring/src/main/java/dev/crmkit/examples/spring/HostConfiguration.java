package dev.crmkit.examples.spring;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The host's clock, which the starter hands to the CRM too. */
@Configuration(proxyBeanMethods = false)
class HostConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
