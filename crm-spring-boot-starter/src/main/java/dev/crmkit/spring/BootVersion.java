package dev.crmkit.spring;

/** The Spring Boot versions the starter runs on, checked when the application starts. */
final class BootVersion {

    /** The Spring Boot line the starter is built and tested for. */
    static final String SUPPORTED = "4.0";

    private BootVersion() {}

    /**
     * Checks the running Spring Boot.
     *
     * @param found the version, as {@code SpringBootVersion.getVersion()} gives it ({@code null} when unknown)
     * @throws IllegalStateException naming it and the supported one, when it is another line
     */
    static void check(String found) {
        if (found == null || !(found.equals(SUPPORTED) || found.startsWith(SUPPORTED + "."))) {
            throw new IllegalStateException("Spring Boot " + found + " is not supported: crm-spring-boot-starter "
                    + "runs on Spring Boot " + SUPPORTED + ".x (tested on 4.0.7, Spring Framework 7, Hibernate ORM "
                    + "7.2.19.Final); without the starter, the JPA adapter itself runs on Hibernate ORM 7.2 and later 7.x");
        }
    }
}
