package io.copyproof.semantics;

import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;

import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the bundled examples (the repository's examples directory) in tests. */
final class Examples {
    private Examples() {
    }

    static Path dir() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no examples directory above the working directory");
        }
        return p.resolve("examples");
    }

    static Config load(String name) {
        LoadResult r = ConfigLoader.load(dir().resolve(name + ".yaml"));
        if (r instanceof LoadResult.Loaded l) {
            return l.config();
        }
        throw new IllegalStateException("invalid example " + name + ": " + r);
    }

    static Config parse(String text) {
        LoadResult r = ConfigLoader.parse("test.yaml", text);
        if (r instanceof LoadResult.Loaded l) {
            return l.config();
        }
        throw new IllegalStateException("invalid config: " + r);
    }
}
