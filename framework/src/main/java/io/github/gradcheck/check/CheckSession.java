package io.github.gradcheck.check;

import io.github.gradcheck.api.LayerAdapter;
import io.github.gradcheck.check.LayerDescriptor.InputKind;
import io.github.gradcheck.generate.TensorGenerators;
import io.github.gradcheck.numeric.Metrics;
import io.github.gradcheck.numeric.Probe;
import io.github.gradcheck.numeric.StepPolicy;
import io.github.gradcheck.numeric.Tolerance;
import io.github.gradcheck.report.ValueFormat;
import io.github.gradcheck.tensor.ElementType;
import io.github.gradcheck.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One check of one layer on one set of inputs: the steps of the algorithm in order, with every
 * write undone at the end.
 */
final class CheckSession {

    /** Largest absolute floor, as a fraction of the layer's largest gradient entry, of a conclusive check. */
    private static final double UNRESOLVED_FLOOR = 1e-2;

    /** The same limit for layers that compute in float, whose floor is about 1e7 times higher. */
    private static final double UNRESOLVED_FLOAT_FLOOR = 1e-1;

    private final LayerDescriptor descriptor;
    private final LayerAdapter<Object> adapter;
    private final Object layer;
    private final Object[] inputs;
    private final CheckConfig config;
    private final SplittableRandom random;
    private final String name;
    private Object fixedUpstream;

    CheckSession(Object layer, Object[] inputs, CheckConfig config, long seed) {
        this.descriptor = LayerDescriptor.of(layer.getClass());
        this.adapter = LayerAdapters.of(layer.getClass());
        this.layer = layer;
        this.inputs = inputs.clone();
        this.config = config;
        this.random = new SplittableRandom(seed);
        this.name = descriptor.displayName();
    }

    /** Use this upstream gradient instead of drawing one; null to draw it. */
    CheckSession withUpstream(Object upstream) {
        this.fixedUpstream = upstream;
        return this;
    }

    /** Everything one session measured. */
    record Result(List<TensorReport> tensors, List<ContractFinding> findings, Map<String, GradientStyle> styles) {
    }

    Result run() {
        checkInputs();
        LayerTree tree = LayerTree.of(layer);
        List<Tensor> floatingInputs = floatingInputs();
        FieldState fields = FieldState.take(tree.layers());
        Snapshot snapshot = Snapshot.take(tree.parameters(), floatingInputs);
        FrozenRandomness randomness = FrozenRandomness.freeze(tree, random.nextLong(), config.dropout());
        try {
            return check(tree, snapshot, randomness);
        } finally {
            randomness.restore();
            snapshot.restore();
            fields.restore();
        }
    }

    private Result check(LayerTree tree, Snapshot snapshot, FrozenRandomness randomness) {
        var objective = new LayerObjective(adapter, layer, inputs, randomness, name);
        Object upstream = upstream(objective.forward());
        if (upstream != null) {
            objective.setUpstream(Tensor.of(upstream).toDoubleArray());
        }
        double center = objective.value();
        checkDeterministic(objective, center, randomness);
        checkUnchangedInputs(snapshot, "@Forward");

        AnalyticPass analytic = AnalyticPass.run(objective, adapter, layer, tree.parameters(), upstream, name);
        checkUnchangedParameters(tree, snapshot);
        checkUnchangedInputs(snapshot, "@Backward");
        snapshot.restoreParameters();

        var contract = new ContractCheck(objective, adapter, layer, tree.parameters(), name);
        contract.run(upstream, analytic.parameterGradients(), descriptor.differentiableInput()
                .map(LayerDescriptor.Input::gradientName).orElse("dx"));
        checkUnchangedParameters(tree, snapshot);
        snapshot.restoreParameters();

        ElementType working = workingPrecision(tree, upstream);
        double magnitude = objective.magnitude();
        var sweeper = new TensorSweeper(objective, new Probe(objective, center), config, random.split());
        List<TensorReport> reports = new ArrayList<>();
        for (int i = 0; i < tree.parameters().size(); i++) {
            Binding binding = tree.parameters().get(i);
            var info = new TensorReport.TensorInfo(binding.layer(), binding.gradientPath(), binding.valuePath(),
                    TensorReport.Kind.PARAMETER, binding.values().shape(), binding.values().elementType(),
                    snapshot.values(i).clone());
            reports.add(sweep(sweeper, info, binding.values(), analytic.parameterGradients().get(i), working,
                    magnitude, snapshot.values(i)));
        }
        reports.addAll(inputReport(sweeper, analytic, working, magnitude));
        List<ContractFinding> findings = new ArrayList<>(contract.findings());
        findings.addAll(unresolved(reports, working));
        return new Result(reports, findings, contract.styles());
    }

    private TensorReport sweep(TensorSweeper sweeper, TensorReport.TensorInfo info, Tensor values, double[] analytic,
            ElementType working, double magnitude, double[] original) {

        double step = StepPolicy.step(config.step(), values.elementType(), Metrics.rootMeanSquare(original));
        Tolerance tolerance = new Tolerance(config.absoluteTolerance() > 0.0 ? config.absoluteTolerance()
                : StepPolicy.roundingFloor(working, magnitude, step), relativeTolerance(working));
        return new TensorReport(info, sweeper.sweep(info.valuePath(), values, analytic, step, tolerance, original));
    }

    private List<TensorReport> inputReport(TensorSweeper sweeper, AnalyticPass analytic, ElementType working,
            double magnitude) {

        int position = differentiableInputPosition();
        if (position < 0) {
            return List.of();
        }
        LayerDescriptor.Input input = descriptor.inputs().get(position);
        Tensor values = Tensor.of(inputs[position]);
        double[] gradient = analytic.inputGradient();
        if (gradient == null || !values.hasShape(analytic.inputShape())) {
            throw new LayerExecutionException("Cannot check [" + name + "]: @Backward returned "
                    + (gradient == null ? "null" : "shape " + Tensor.format(analytic.inputShape()))
                    + " as the gradient of input ["
                    + input.name() + "] of shape " + Tensor.format(values.shape())
                    + "; return an array of the input's shape.", null);
        }
        double[] original = values.toDoubleArray();
        var info = new TensorReport.TensorInfo(name, input.gradientName(), input.name(), TensorReport.Kind.INPUT,
                values.shape(), values.elementType(), original.clone());
        return List.of(sweep(sweeper, info, values, gradient, working, magnitude, original));
    }

    /**
     * Return a finding for each tensor whose absolute floor exceeds a hundredth of the largest
     * gradient entry of the layer, while that entry is above the floor. Gradients that are all
     * below the floor are zero up to rounding, which the check does resolve. The floor grows with
     * the magnitude of J, so a layer whose output is dominated by a large constant, such as a bias
     * of 1e9, hides errors below the floor and must not pass silently.
     */
    private List<ContractFinding> unresolved(List<TensorReport> reports, ElementType working) {
        double scale = 0.0;
        for (TensorReport report : reports) {
            scale = Math.max(scale, Math.max(largest(report.numeric()), largest(report.analytic())));
        }
        List<ContractFinding> findings = new ArrayList<>();
        for (TensorReport report : reports) {
            double floor = report.tolerance().absolute();
            double limit = working == ElementType.FLOAT ? UNRESOLVED_FLOAT_FLOOR : UNRESOLVED_FLOOR;
            boolean resolvable = scale > floor;
            if (config.absoluteTolerance() == 0.0 && resolvable && floor > limit * scale) {
                findings.add(new ContractFinding(report.path(), "The rounding noise of J at step "
                        + ValueFormat.brief(report.step()) + " is " + ValueFormat.brief(floor) + ", over a hundredth "
                        + "of the largest gradient entry " + ValueFormat.brief(scale) + ", so errors in ["
                        + report.path() + "] below that cannot be seen; check with smaller output values (for "
                        + "example without a large constant offset) or set a larger step."));
            }
        }
        return findings;
    }

    private static double largest(double[] values) {
        double largest = 0.0;
        for (double value : values) {
            largest = Double.isFinite(value) ? Math.max(largest, Math.abs(value)) : largest;
        }
        return largest;
    }

    private double relativeTolerance(ElementType working) {
        if (config.tolerance() > 0.0) {
            return config.tolerance();
        }
        return working == ElementType.FLOAT ? CheckConfig.DEFAULT_FLOAT_TOLERANCE
                : CheckConfig.DEFAULT_DOUBLE_TOLERANCE;
    }

    private Object upstream(Object output) {
        if (descriptor.isLoss()) {
            double loss = ((Number) output).doubleValue();
            if (!Double.isFinite(loss)) {
                throw new LayerExecutionException("Cannot check [" + name + "]: its @Forward method returned the loss ["
                        + loss + "] for the generated inputs; keep the loss finite, for example by clamping log "
                        + "arguments or bounding the inputs.", null);
            }
            return null;
        }
        if (output == null) {
            throw new LayerExecutionException("Cannot check [" + name + "]: its @Forward method returned null; "
                    + "return the output array.", null);
        }
        Tensor view = Tensor.of(output);
        checkFinite(view);
        if (fixedUpstream != null) {
            return copyOfGivenUpstream(output, view);
        }
        return config.upstream() == Upstream.ONES
                ? TensorGenerators.fill(output.getClass(), view.shape(), position -> 1.0)
                : TensorGenerators.normal(random.split(), output.getClass(), view.shape());
    }

    private Object copyOfGivenUpstream(Object output, Tensor view) {
        if (fixedUpstream.getClass() != output.getClass() || !Tensor.of(fixedUpstream).hasShape(view.shape())) {
            String shape = Tensor.isSupported(fixedUpstream.getClass())
                    ? " and shape " + Tensor.format(Tensor.shapeOf(fixedUpstream)) : "";
            throw new IllegalArgumentException("Cannot use the given upstream gradient of type ["
                    + fixedUpstream.getClass().getSimpleName() + "]" + shape + " for the output of [" + name + "], a "
                    + output.getClass().getSimpleName() + " of shape " + Tensor.format(view.shape())
                    + "; pass an array of the output's type and shape.");
        }
        Tensor given = Tensor.of(fixedUpstream);
        return TensorGenerators.fill(output.getClass(), view.shape(), given::get);
    }

    private void checkFinite(Tensor output) {
        for (int i = 0; i < output.size(); i++) {
            if (!Double.isFinite(output.get(i))) {
                throw new LayerExecutionException("Cannot check [" + name + "]: its @Forward method returned ["
                        + output.get(i) + "] at output index " + Arrays.toString(output.indexOf(i))
                        + "; keep the output finite for standard normal inputs, for example by clamping "
                        + "exponentials and log arguments.", null);
            }
        }
    }

    private void checkDeterministic(LayerObjective objective, double center, FrozenRandomness randomness) {
        double again = objective.value();
        if (Double.doubleToRawLongBits(again) != Double.doubleToRawLongBits(center)) {
            throw new LayerExecutionException("Cannot check [" + name + "]: two forward passes at the same "
                    + "parameters gave different results [" + center + "] and [" + again + "]"
                    + (randomness.isEmpty() ? "" : " although every java.util.Random field was reseeded")
                    + "; draw randomness only from a java.util.Random field, and do not let the forward pass "
                    + "depend on state that it changes itself.", null);
        }
    }

    private void checkUnchangedParameters(LayerTree tree, Snapshot snapshot) {
        int changed = snapshot.firstChangedParameter();
        if (changed >= 0) {
            throw new LayerExecutionException("Cannot check [" + name + "]: the forward or backward pass changed "
                    + "parameter [" + tree.parameters().get(changed).valuePath() + "]; compute gradients only and "
                    + "leave parameter updates to the optimizer.", null);
        }
    }

    private void checkUnchangedInputs(Snapshot snapshot, String method) {
        int changed = snapshot.firstChangedInput();
        if (changed >= 0) {
            throw new LayerExecutionException("Cannot check [" + name + "]: its " + method + " method changed its "
                    + "input; copy the input before modifying it.", null);
        }
    }

    private ElementType workingPrecision(LayerTree tree, Object upstream) {
        boolean single = upstream != null && Tensor.of(upstream).elementType() == ElementType.FLOAT
                || descriptor.forward().getReturnType() == float.class;
        for (Binding binding : tree.parameters()) {
            single |= binding.values().elementType() == ElementType.FLOAT;
        }
        for (Tensor input : floatingInputs()) {
            single |= input.elementType() == ElementType.FLOAT;
        }
        return single ? ElementType.FLOAT : ElementType.DOUBLE;
    }

    private int differentiableInputPosition() {
        for (int i = 0; i < descriptor.inputs().size(); i++) {
            if (descriptor.inputs().get(i).kind() == InputKind.DIFFERENTIABLE) {
                return i;
            }
        }
        return -1;
    }

    private List<Tensor> floatingInputs() {
        List<Tensor> views = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            if (descriptor.inputs().get(i).kind() != InputKind.LABELS) {
                views.add(Tensor.of(inputs[i]));
            }
        }
        return views;
    }

    private void checkInputs() {
        if (inputs.length != descriptor.inputs().size()) {
            throw new IllegalArgumentException("Cannot check [" + name + "] with " + inputs.length + " input(s): its "
                    + "@Forward method takes " + descriptor.inputs().size()
                    + "; pass one array per forward parameter.");
        }
        for (int i = 0; i < inputs.length; i++) {
            LayerDescriptor.Input input = descriptor.inputs().get(i);
            if (inputs[i] == null || inputs[i].getClass() != input.type()) {
                throw new IllegalArgumentException("Cannot check [" + name + "] with input [" + input.name() + "] of "
                        + "type [" + (inputs[i] == null ? "null" : inputs[i].getClass().getSimpleName()) + "]; pass a "
                        + input.type().getSimpleName() + ".");
            }
        }
    }
}
