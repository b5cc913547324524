package io.copyproof.report;

import io.copyproof.result.VerificationResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the reports of one run go, for {@code --format} (repeatable) and {@code --output}.
 *
 * <ul>
 *   <li>No {@code --output}: the one format is written to standard output; {@code itf} writes
 *       its documents as JSON Lines. Several formats need {@code --output DIR}.</li>
 *   <li>{@code --output PATH} is a file when there is one format, one input file, the format is
 *       not {@code itf}, and PATH is not an existing directory nor ends with a separator.</li>
 *   <li>Otherwise PATH is a directory (created if missing) holding one report per format over
 *       all input files, named {@code copyproof.<extension>} ({@code copyproof.txt},
 *       {@code copyproof.json}, {@code copyproof.md}, {@code copyproof.html},
 *       {@code copyproof.junit.xml}, {@code copyproof.sarif}), and for {@code itf} one
 *       {@code <config>.<INVARIANT>.itf.json} per violation.</li>
 * </ul>
 * Files are never coloured, whatever {@link RenderOptions#color()} says.
 */
public final class ReportOutputs {
    /** The base name of the reports in an output directory. */
    public static final String BASE_NAME = "copyproof";

    private ReportOutputs() {
    }

    /**
     * Renders {@code results} in every format and writes them where the rules above say.
     *
     * @param formats {@code --format} names in the order given (duplicates ignored); empty means {@code text}
     * @param output  {@code --output}, if given
     * @param stdout  standard output, used when there is no {@code --output}
     * @return the files written, in order (empty when writing to standard output)
     * @throws IllegalArgumentException for an unknown format, or several formats without {@code --output}
     * @throws IOException              when a file cannot be written
     */
    public static List<Path> write(List<String> formats, Optional<Path> output, List<VerificationResult> results,
                                   RenderOptions options, Writer stdout) throws IOException {
        return write(formats, output, results, options, stdout, List.of());
    }

    /**
     * The same, refusing to write over any of {@code inputs} (the configuration files read): an
     * {@link IllegalArgumentException} names the file, and nothing is written. Every file is
     * written atomically: to a temporary file in the same directory, then renamed over the target,
     * so an interrupted run leaves the previous report whole.
     */
    public static List<Path> write(List<String> formats, Optional<Path> output, List<VerificationResult> results,
                                   RenderOptions options, Writer stdout, List<Path> inputs) throws IOException {
        List<Renderer> renderers = new ArrayList<>();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String f : formats.isEmpty() ? List.of(Renderers.defaultName()) : formats) {
            Renderer r = Renderers.forName(f);
            if (names.add(r.name())) {
                renderers.add(r);
            }
        }
        if (output.isEmpty()) {
            if (renderers.size() > 1) {
                throw new IllegalArgumentException("several formats (" + String.join(", ", names)
                        + ") need --output DIR to write them to");
            }
            renderers.get(0).render(results, options, stdout);
            return List.of();
        }
        Path path = output.get();
        // Files are read later, elsewhere: never colour them.
        options = new RenderOptions(false, options.fullState(), options.normalize());
        boolean directory = renderers.size() > 1 || results.size() > 1 || names.contains("itf")
                || Files.isDirectory(path) || path.toString().endsWith("/")
                || path.toString().endsWith(java.io.File.separator);
        List<Path> written = new ArrayList<>();
        if (!directory) {
            refuseInput(path, inputs);
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            write(path, renderers.get(0), results, options);
            written.add(path);
            return written;
        }
        for (Renderer r : renderers) {
            if (!(r instanceof ItfTraces)) {
                refuseInput(path.resolve(fileName(r)), inputs);
            }
        }
        Files.createDirectories(path);
        for (Renderer r : renderers) {
            if (r instanceof ItfTraces itf) {
                for (Map.Entry<String, String> e : itf.files(results, options).entrySet()) {
                    Path file = path.resolve(e.getKey());
                    refuseInput(file, inputs);
                    AtomicFiles.write(file, w -> w.write(e.getValue()));
                    written.add(file);
                }
            } else {
                Path file = path.resolve(fileName(r));
                write(file, r, results, options);
                written.add(file);
            }
        }
        return written;
    }

    /** Refuses a report path that is one of the input files. */
    private static void refuseInput(Path target, List<Path> inputs) {
        for (Path in : inputs) {
            if (AtomicFiles.sameFile(target, in)) {
                throw new IllegalArgumentException("the report '" + target + "' would overwrite the input '" + in
                        + "'; choose another --output");
            }
        }
    }

    /** The name of a format's report in an output directory: {@code copyproof.<extension>}. */
    public static String fileName(Renderer renderer) {
        return BASE_NAME + "." + renderer.extension();
    }

    private static void write(Path file, Renderer r, List<VerificationResult> results, RenderOptions options)
            throws IOException {
        AtomicFiles.write(file, w -> r.render(results, options, w));
    }
}
