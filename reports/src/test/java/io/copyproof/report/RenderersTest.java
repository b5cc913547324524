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
}
