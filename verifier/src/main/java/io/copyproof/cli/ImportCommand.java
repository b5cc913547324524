package io.copyproof.cli;

import io.copyproof.config.ConfigError;
import io.copyproof.imports.ImportResult;
import io.copyproof.imports.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code copyproof import DIR... [--overlay FILE] [--output FILE]}: a configuration from the
 * CLI/REST exports of running systems (import-format.md). Exit 0 with the YAML, or 2 with every
 * problem located in the export or overlay file it comes from.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        sortOptions = false,
        description = "Build a configuration from what running systems print: one directory per system holding "
                + "lssystem.txt, lsiogrp.txt, lsnode.txt, lsmdiskgrp.txt, lsmdisk.txt, lsvdisk.txt (required) and "
                + "lscontroller, lsvdisk-detail, lshost, lshostvdiskmap, lsfcmap, lspartnership, lsrcrelationship, "
                + "lsrcconsistgrp (optional), each as CLI text (-delim !) or REST JSON (<command>.json).",
        footer = {"", "Exit codes: 0 imported, 2 bad input (each problem with file:line:column)."})
final class ImportCommand implements Callable<Integer> {
    private final PrintWriter out;
    private final PrintWriter err;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "One directory of exports per system.")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--overlay", paramLabel = "FILE", description = "A configuration fragment merged over the "
            + "import: what no SVC command shows (native copies, undiscovered LUNs, hosts reading LUNs, upgrade plan).")
    Path overlay;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the configuration to this file "
            + "(default: standard output).")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "No warnings on standard error (they stay in the YAML header).")
    boolean quiet;

    ImportCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        String name = output == null ? "imported.yaml" : output.toString();
        ImportResult result = Importer.run(dirs, Optional.ofNullable(overlay), name);
        if (!quiet) {
            for (ConfigError w : result.warnings()) {
                err.println(w.location() + ": warning: " + w.message());
            }
        }
        if (result instanceof ImportResult.Failed failed) {
            for (ConfigError e : failed.errors()) {
                err.println(e.location() + ": error: " + e.message());
            }
            err.println("copyproof: import failed (" + failed.errors().size()
                    + (failed.errors().size() == 1 ? " error" : " errors") + "); nothing written");
            err.flush();
            return Cli.BAD_INPUT;
        }
        String yaml = ((ImportResult.Imported) result).yaml();
        if (output == null) {
            out.print(yaml);
            out.flush();
            return 0;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("copyproof: cannot write " + output + ": " + Cli.describe(e));
            return Cli.BAD_INPUT;
        }
        if (!quiet) {
            err.println("copyproof: wrote " + output);
        }
        return 0;
    }
}
