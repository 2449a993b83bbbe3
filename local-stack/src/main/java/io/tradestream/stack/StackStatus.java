package io.tradestream.stack;

import java.nio.file.Path;
import java.util.List;

/** The state of every server of a stack. */
public record StackStatus(Path home, List<ComponentStatus> components) {

    public StackStatus {
        components = List.copyOf(components);
    }

    /** Whether every server runs and answers. */
    public boolean allReady() {
        return components.stream().allMatch(ComponentStatus::ready);
    }
}
