package dev.crmkit.examples.spring;

import org.springframework.boot.test.context.SpringBootTest;

/** The example host on its default embedded H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2HostTest extends HostContract {}
