package io.github.gradcheck.junit;

import io.github.gradcheck.junit.PropertyPlan.Source;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Supplies the generated arguments of one try to the property method's parameters. */
final class PropertyParameterResolver implements ParameterResolver {

    private final PropertyRun run;
    private final PropertyCase generated;
    private final RuntimeException failure;

    PropertyParameterResolver(PropertyRun run, PropertyCase generated, RuntimeException failure) {
        this.run = run;
        this.generated = generated;
        this.failure = failure;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getDeclaringExecutable().equals(run.plan().method())
                && run.plan().slots().get(parameter.getIndex()).source() != Source.OTHER;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (failure != null) {
            run.stop();
            run.publishIfDone(null, context);
            throw new ParameterResolutionException(failure.getMessage(), failure);
        }
        return generated.arguments()[parameter.getIndex()];
    }
}
