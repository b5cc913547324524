package io.copyproof.cli;

import io.copyproof.alloy.AlloyEngine;
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
        int code = new Cli(wiring(), Cli.Environment.system()).run(args, System.out, System.err);
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
                .withEngine(new SlicingEngine(new AlloyEngine()))
                .withStaticRules(StaticRules.ids(), StaticRules::check)
                .withGenerator(AlloyGenerator::generate);
    }
}
