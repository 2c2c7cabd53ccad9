package io.github.gradcheck.processor;

import static io.github.gradcheck.processor.AdapterSource.OBJECT;
import static io.github.gradcheck.processor.AdapterSource.THROWS;
import static io.github.gradcheck.processor.SourceBuilder.literal;

import io.github.gradcheck.processor.model.BackwardModel;
import io.github.gradcheck.processor.model.ForwardModel;
import io.github.gradcheck.processor.model.LayerModel;
import io.github.gradcheck.processor.model.TensorType;
import java.util.ArrayList;
import java.util.List;

/**
 * Renderer of the adapter methods that call the layer's forward and backward passes.
 */
final class AdapterPassSource {

    private final LayerModel model;
    private final String layer;
    private final SourceBuilder source;

    AdapterPassSource(LayerModel model, SourceBuilder source) {
        this.model = model;
        this.layer = model.name().relativeName();
        this.source = source;
    }

    void render() {
        forward();
        backward();
        requireInputs();
    }

    private void forward() {
        ForwardModel forward = model.forward();
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < forward.inputs().size(); i++) {
            arguments.add("(" + forward.inputs().get(i).type().javaName() + ") inputs[" + i + "]");
        }
        String call = "layer." + forward.methodName() + "(" + String.join(", ", arguments) + ")";
        // A float loss widens to double without rounding, so the checker always receives a Double.
        boolean floatLoss = forward.isLoss()
                && forward.output().element() == TensorType.Element.FLOAT;

        AdapterSource.override(source, "public " + OBJECT + " forward(" + layer + " layer, "
                + OBJECT + "[] inputs)" + THROWS);
        source.line("requireInputs(inputs, " + forward.inputs().size() + ");")
                .line("return " + (floatLoss ? "(double) " : "") + call + ";")
                .close();
    }

    private void backward() {
        BackwardModel backward = model.backward();
        String argument = backward.upstreamType()
                .map(type -> "(" + type.javaName() + ") upstream")
                .orElse("");
        String call = "layer." + backward.methodName() + "(" + argument + ")";

        AdapterSource.override(source, "public " + OBJECT + " backward(" + layer + " layer, "
                + OBJECT + " upstream)" + THROWS);
        if (backward.resultType().isPresent()) {
            source.line("return " + call + ";");
        } else {
            source.line(call + ";").line("return null;");
        }
        source.close();
    }

    private void requireInputs() {
        String message = "Cannot call the forward pass of " + model.name().canonicalName()
                + " with [";
        source.line("")
                .open("private static void requireInputs(" + OBJECT + "[] inputs, int count)")
                .line("java.util.Objects.requireNonNull(inputs, \"inputs\");")
                .open("if (inputs.length != count)")
                .line("throw new java.lang.IllegalArgumentException(" + literal(message))
                .line("        + inputs.length + \"] inputs; pass [\" + count"
                        + " + \"], one per forward parameter.\");")
                .close()
                .close();
    }
}
