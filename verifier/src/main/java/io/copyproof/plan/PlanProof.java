package io.copyproof.plan;

import io.copyproof.result.VerificationResult;

/**
 * The last check of a plan before {@code plan} reports it proved: the whole configuration with that
 * plan as its {@code upgrade} section, verified once on the ordinary {@code verify} path (static
 * rules and engines, no memo). The search's slice verdicts only choose the candidates; a plan is
 * reported proved only when this says {@code verified}.
 */
@FunctionalInterface
public interface PlanProof {

    /** The verification of the whole configuration with {@code plan} (for target level {@code target}). */
    VerificationResult prove(String target, PlanResult.Plan plan);
}
