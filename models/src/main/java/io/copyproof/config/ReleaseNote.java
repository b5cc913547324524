package io.copyproof.config;

import java.util.List;
import java.util.Optional;

/** Copy-service constraints from the release notes of one code level: {@code releaseNotes[]}. */
public record ReleaseNote(CodeLevel level, Optional<CodeLevel> minPartnerLevel,
                          List<RemoteCopyType> stopBeforeUpgrade) {
    public ReleaseNote {
        stopBeforeUpgrade = List.copyOf(stopBeforeUpgrade);
    }
}
