package io.copyproof.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderersTest {
    @Test
    void everyNameResolvesToARendererOfThatName() {
        assertFalse(Renderers.names().isEmpty());
        for (String name : Renderers.names()) {
            Renderer r = Renderers.forName(name);
            assertEquals(name, r.name());
            assertFalse(r.extension().isBlank());
            assertEquals(name, Renderers.forName(name.toUpperCase()).name());
        }
    }

    @Test
    void anUnknownNameListsTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Renderers.forName("yaml"));
        assertTrue(e.getMessage().contains("yaml"));
        for (String name : Renderers.names()) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertTrue(RenderOptions.colorAllowed(true, java.util.Map.of()));
        assertFalse(RenderOptions.colorAllowed(false, java.util.Map.of()));
        assertFalse(RenderOptions.colorAllowed(true, java.util.Map.of("NO_COLOR", "1")));
        assertTrue(RenderOptions.colorAllowed(true, java.util.Map.of("NO_COLOR", "")));
        assertFalse(RenderOptions.colorAllowed(true, java.util.Map.of("TERM", "dumb")));
    }
}
