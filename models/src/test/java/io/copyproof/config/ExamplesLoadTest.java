package io.copyproof.config;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every configuration in the repository's {@code examples/} directory loads without errors. */
class ExamplesLoadTest {

    @TestFactory
    Stream<DynamicTest> everyExampleLoads() throws IOException {
        java.util.Optional<Path> found = io.copyproof.fixtures.Configs.examplesDir();
        assumeTrue(found.isPresent(), "no examples directory in this checkout");
        Path dir = found.get();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            LoadResult r = ConfigLoader.load(f);
            if (r instanceof LoadResult.Invalid invalid) {
                throw new AssertionError(invalid.errors().stream().map(ConfigError::toString)
                        .collect(Collectors.joining("\n")));
            }
            assertInstanceOf(LoadResult.Loaded.class, r);
        }));
    }
}
