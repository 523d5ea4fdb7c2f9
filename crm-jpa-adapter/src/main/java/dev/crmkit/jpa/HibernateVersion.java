package dev.crmkit.jpa;

import dev.crmkit.common.StoreException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Hibernate ORM versions the adapter runs on. It is checked when a store is created, so a host whose build
 * resolved another Hibernate (a framework's managed version, say) gets one clear error naming both, never a
 * {@code NoSuchMethodError} from the middle of a later call.
 */
final class HibernateVersion {

    /** The oldest supported version: the adapter uses Hibernate 7.2's API. */
    static final int MAJOR = 7;
    static final int MIN_MINOR = 2;
    /** The versions the build tests: the adapter's own, and the one Spring Boot 4.0 manages. */
    static final String TESTED = "7.2.19.Final and 7.3.7.Final";

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\..*)?");

    private HibernateVersion() {}

    /**
     * Checks the Hibernate on the class path.
     *
     * @throws StoreException naming the version found and the supported ones, when it is not supported
     */
    static void check() {
        String found;
        try {
            found = org.hibernate.Version.getVersionString();
        } catch (LinkageError e) {
            throw new StoreException("Hibernate ORM is missing or unusable (" + e + "); CRM Kit's JPA adapter needs "
                    + supported(), e);
        }
        check(found);
    }

    /**
     * Checks a Hibernate version string.
     *
     * @param found the version, as {@code org.hibernate.Version.getVersionString()} gives it
     * @throws StoreException naming it and the supported ones, when it is not supported
     */
    static void check(String found) {
        Matcher matcher = found == null ? null : VERSION.matcher(found);
        if (matcher == null || !matcher.matches()) {
            throw new StoreException("unknown Hibernate ORM version " + found + "; CRM Kit's JPA adapter needs " + supported(), null);
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        if (major != MAJOR || minor < MIN_MINOR) {
            throw new StoreException("Hibernate ORM " + found + " is not supported; CRM Kit's JPA adapter needs "
                    + supported() + " (align the host's Hibernate, for instance through the crm-bom)", null);
        }
    }

    private static String supported() {
        return "Hibernate ORM " + MAJOR + "." + MIN_MINOR + " or a later " + MAJOR + ".x (tested on " + TESTED + ")";
    }
}
