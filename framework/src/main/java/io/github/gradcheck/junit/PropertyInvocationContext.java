package io.github.gradcheck.junit;

import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * One try of a property: its generated arguments, or the reason none could be generated, and the
 * extensions that supply and guard them.
 */
final class PropertyInvocationContext implements TestTemplateInvocationContext {

    private final PropertyRun run;
    private final int index;
    private final PropertyCase generated;
    private final RuntimeException failure;

    PropertyInvocationContext(PropertyRun run, int index) {
        this.run = run;
        this.index = index;
        PropertyCase drawn = null;
        RuntimeException problem = null;
        try {
            drawn = run.generate(index);
        } catch (RuntimeException e) {
            // The try reports the problem as its own failure, so the tries before it keep their results.
            problem = e;
        }
        this.generated = drawn;
        this.failure = problem;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return "try " + (index + 1) + " " + (generated != null ? generated.dimensions() : "(no case generated)");
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new PropertyParameterResolver(run, generated, failure),
                new PropertyInterceptor(run, generated, failure));
    }
}
