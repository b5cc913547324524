package io.copyproof.alloy;

import io.copyproof.config.Config;
import io.copyproof.config.ConfigLoader;
import io.copyproof.config.LoadResult;
import io.copyproof.engine.EngineResult;
import io.copyproof.engine.VerifyOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the Alloy engine on configuration files (test scope, not a timed test): for each file,
 * the engine's wall seconds, how many invariants were proved by induction, the largest bound of a
 * bounded check, whether the bounds covered every run, and each counterexample's length and
 * events. Arguments: files or directories (default {@code examples}).
 */
public final class AlloyBench {
    private AlloyBench() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"examples"} : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        AlloyEngine engine = new AlloyEngine();
        double total = 0;
        for (Path p : files) {
            LoadResult r = ConfigLoader.load(p);
            if (!(r instanceof LoadResult.Loaded loaded)) {
                System.out.println(p + " invalid");
                continue;
            }
            Config c = loaded.config();
            EngineResult res = engine.check(c, VerifyOptions.defaults(c.bounds()).withThreads(1));
            total += res.stats().seconds();
            long inductive = res.assumptions().stream().filter(a -> a.startsWith("Alloy proved "))
                    .mapToLong(a -> a.substring(0, a.indexOf(" by induction")).split(", ").length).sum();
            System.out.printf("%s %.1fs inductive=%d bounded-events<=%d %s%n", p.getFileName(), res.stats().seconds(),
                    inductive, res.stats().depth(), res.inconclusiveReason().isPresent() ? "INCONCLUSIVE" : "complete");
            res.violations().forEach(v -> System.out.println("   " + v.id() + " " + v.trace().size() + " "
                    + v.trace().stream().map(s -> s.event() + s.args().values()).toList()));
            System.out.flush();
        }
        System.out.printf("total %.1fs%n", total);
    }
}
