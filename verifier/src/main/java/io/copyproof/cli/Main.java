package io.copyproof.cli;

import io.copyproof.alloy.AlloyEngine;
import io.copyproof.semantics.StorageTraceLayer;
import io.copyproof.alloy.AlloyGenerator;
import io.copyproof.rules.StaticRules;
import io.copyproof.semantics.ExplorerEngine;
import io.copyproof.slicing.SlicingEngine;

/**
 * The {@code copyproof} command: {@code verify}, {@code generate}, {@code rules}. The only place
 * that calls {@link System#exit}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // a thread that dies says why in one line, never with a stack trace
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.err.println(e instanceof OutOfMemoryError
                ? Cli.OUT_OF_MEMORY : "copyproof: internal error: " + Messages.plain(e)));
        int code;
        try {
            code = new Cli(wiring(), Cli.Environment.system()).run(args, System.out, System.err);
        } catch (OutOfMemoryError e) {
            System.err.println(Cli.OUT_OF_MEMORY);
            code = Cli.INCONCLUSIVE;
        }
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /**
     * The engines, static rules and generator of this build. Plug yours in here, e.g.
     * {@code Wiring.empty().withEngine(new ExplorerEngine()).withStaticRules(ids, StaticRules::check)
     * .withGenerator(AlloyGenerator::generate)}.
     */
    static Wiring wiring() {
        return Wiring.empty()
                .withEngine(new SlicingEngine(new ExplorerEngine()))
                .withEngine(new SlicingEngine(new AlloyEngine().withTraceLayer(new StorageTraceLayer())))
                .withStaticRules(StaticRules.ids(), StaticRules::check)
                .withGenerator(AlloyGenerator::generate);
    }
}
