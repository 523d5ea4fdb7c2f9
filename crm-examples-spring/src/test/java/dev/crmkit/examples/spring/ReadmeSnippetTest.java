package dev.crmkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Spring Boot section shows code of this module, not code retyped: each tagged region
 * ({@code // tag::name[]} ... {@code // end::name[]}) of the example's sources must appear in the README as it is, less
 * its indentation. Change the example and the README together.
 */
class ReadmeSnippetTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/crmkit/examples/spring");
    private static final Path README = Path.of("../README.md");

    @Test
    void givenTheTaggedRegionsOfTheExample_thenTheReadmeShowsEachOfThemVerbatim() throws IOException {
        String readme = Files.readString(README);

        assertThat(readme).contains(region("AccountController.java", "controller"));
        assertThat(readme).contains(region("OrderService.java", "transactional"));
    }

    @Test
    void givenTheReadme_thenItsStarterDependencyNamesThisBuildsVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.substring(pom.indexOf("<version>") + "<version>".length(), pom.indexOf("</version>"));

        assertThat(Files.readString(README)).contains("<artifactId>crm-spring-boot-starter</artifactId>\n  <version>" + version
                + "</version>");
    }

    /** The lines between the tags, without the indentation they share. */
    static String region(String file, String tag) throws IOException {
        List<String> lines = Files.readAllLines(SOURCES.resolve(file));
        int start = lines.indexOf(lines.stream().filter(l -> l.trim().equals("// tag::" + tag + "[]")).findFirst()
                .orElseThrow(() -> new AssertionError("no tag " + tag + " in " + file)));
        int end = lines.indexOf(lines.stream().filter(l -> l.trim().equals("// end::" + tag + "[]")).findFirst()
                .orElseThrow(() -> new AssertionError("no end of " + tag + " in " + file)));
        List<String> region = new ArrayList<>(lines.subList(start + 1, end));
        int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }
}
