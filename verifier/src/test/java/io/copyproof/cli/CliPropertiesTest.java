package io.copyproof.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever the arguments, the command line returns a contract exit code and never shows a stack trace. */
class CliPropertiesTest {

    @Provide
    Arbitrary<List<String>> argv() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("verify", "generate", "rules", "--help", "-h", "--version", "-V", "--engine", "explorer",
                        "alloy", "both", "--format", "json", "text", "sarif", "--output", "--threads", "0", "1", "-1",
                        "--max-states", "--time-limit", "5s", "PT1S", "--writes-per-host", "8", "--blocks-per-volume",
                        "--snapshots-per-copy", "--quiet", "--progress", "--full-state", "--no-color", "missing.yaml",
                        "x.json", "x.txt", "--", "-", "=", "--engine=", "--format=junit", ""),
                Arbitraries.strings().ofMaxLength(12));
        return word.list().ofMaxSize(7);
    }

    @Property(tries = 200)
    void exitCodesAreFromTheContract(@ForAll("argv") List<String> args) {
        // never write into the working directory
        if (args.stream().anyMatch(a -> a.startsWith("-o") || a.startsWith("--o"))) {
            return;
        }
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertTrue(r.code() >= 0 && r.code() <= 3, () -> args + " -> " + r.code() + "\n" + r.err());
        assertFalse(r.err().contains("\tat "), () -> args + "\n" + r.err());
        assertFalse(r.out().contains("\tat "), () -> args + "\n" + r.out());
    }
}
