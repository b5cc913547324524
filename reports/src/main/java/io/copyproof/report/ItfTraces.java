package io.copyproof.report;

import io.copyproof.result.VerificationResult;
import java.util.List;
import java.util.Map;

/**
 * Counterexample traces in Apalache's Informal Trace Format (ITF), one document per violation,
 * so that TLA+ tooling can read them. Each state of a document is a record of the lanes of the
 * trace: {@code {"#meta": {"index": i}, "host:db_host": {"acked": "v1"}, ...}}; values are the
 * rendered strings of the result model; the first state is the initial state and the event that
 * led to each later state is in its {@code #meta}.
 */
public interface ItfTraces extends Renderer {

    /**
     * One ITF document per violation of every result, by file name
     * ({@code <config file stem>.<invariant id>.itf.json}), in result and violation order.
     */
    Map<String, String> files(List<VerificationResult> results, RenderOptions options);
}
