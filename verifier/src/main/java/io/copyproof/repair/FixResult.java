package io.copyproof.repair;

import io.copyproof.result.VerificationResult;

import java.util.List;
import java.util.Optional;

/**
 * What {@code fix} found for one file: the verification of the file as it is, the repairs chosen
 * (each with the field changes and the invariants or rules it restores), the repaired text, and
 * the verification of the repaired configuration that proves it.
 *
 * @param status      what the search reached
 * @param original    the verification of the file as it is
 * @param repairs     the chosen repairs, one group per set of findings sharing a cone of influence
 * @param repairedText the file with every chosen repair applied (the original text when none)
 * @param repaired    the verification of the repaired configuration, when one was made
 * @param unrepaired  for each group that no repair in the catalog restores: the ids that resist,
 *                    with the repairs tried
 * @param reason      why the result is inconclusive, when it is
 * @param maxChanges  the largest number of repairs tried together
 * @param candidatesChecked how many candidate repair sets were checked by the engines
 */
public record FixResult(Status status, VerificationResult original, List<AppliedRepair> repairs, String repairedText,
                        Optional<VerificationResult> repaired, List<Unrepaired> unrepaired, Optional<String> reason,
                        int maxChanges, int candidatesChecked) {

    public FixResult {
        repairs = List.copyOf(repairs);
        unrepaired = List.copyOf(unrepaired);
    }

    /** How the search ended. */
    public enum Status {
        /** The file verifies as it is: nothing to repair. */
        NOTHING_TO_FIX,
        /** The repaired configuration was verified. */
        REPAIRED,
        /** Some finding has no repair in the catalog (within {@code maxChanges}). */
        NO_REPAIR,
        /** A check ran out of budget before a repair could be proved, or the file itself is inconclusive. */
        INCONCLUSIVE,
        /** The file is not a valid configuration. */
        INVALID;

        public int exitCode() {
            return switch (this) {
                case NOTHING_TO_FIX, REPAIRED -> 0;
                case NO_REPAIR -> 1;
                case INVALID -> 2;
                case INCONCLUSIVE -> 3;
            };
        }
    }

    /** One chosen repair: what it does, the fields it changes, the ids it restores (with its group). */
    public record AppliedRepair(Repair repair, List<FieldChange> changes, List<String> restores) {
        public AppliedRepair {
            changes = List.copyOf(changes);
            restores = List.copyOf(restores);
        }
    }

    /** Findings no repair in the catalog restored: their ids, and the repairs that were tried. */
    public record Unrepaired(List<String> resisting, List<String> tried) {
        public Unrepaired {
            resisting = List.copyOf(resisting);
            tried = List.copyOf(tried);
        }
    }

    public int exitCode() {
        return status.exitCode();
    }
}
