package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.numeric.Metrics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Result of one gradient check of a layer or model: one {@link TensorReport} per parameter and
 * one for the input gradient.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GradientReport {

    private final Class<?> layerType;
    private final List<TensorReport> tensors;
    private final CheckCase checkCase;
    private final CheckConfig config;
    private final String adapter;
    private final List<ContractFinding> findings;
    private final Map<String, GradientStyle> styles;
    private final List<LocalCheck> localChecks;

    GradientReport(Class<?> layerType, CheckSession.Result result, CheckCase checkCase, CheckConfig config,
            String adapter) {

        this(layerType, result, checkCase, config, adapter, List.of());
    }

    private GradientReport(Class<?> layerType, CheckSession.Result result, CheckCase checkCase, CheckConfig config,
            String adapter, List<LocalCheck> localChecks) {

        this.layerType = layerType;
        this.tensors = List.copyOf(result.tensors());
        this.findings = List.copyOf(result.findings());
        this.styles = Collections.unmodifiableMap(new LinkedHashMap<>(result.styles()));
        this.localChecks = List.copyOf(localChecks);
        this.checkCase = checkCase;
        this.config = config;
        this.adapter = adapter;
    }

    /**
     * Origin of a check's inputs, from which the report builds the line that reruns it.
     *
     * @param seed       the seed of the generated case, or null for inputs given by the caller
     * @param dimensions the sizes of every dimension, never null
     * @param replay     a one-line way to run this case again, never null
     */
    record CheckCase(Long seed, Dimensions dimensions, String replay) {
    }

    /**
     * Return the checked class.
     *
     * @return the layer or model class
     * @since 0.1
     */
    public Class<?> layerType() {
        return layerType;
    }

    /**
     * Return the checked class's display name.
     *
     * @return a name such as {@code Dense}
     * @since 0.1
     */
    public String layerName() {
        return LayerDescriptor.displayName(layerType);
    }

    /**
     * Return the tensor reports in declaration order: parameters, model parameters by layer, then the input.
     *
     * @return the reports, never null
     * @since 0.1
     */
    public List<TensorReport> tensors() {
        return tensors;
    }

    /**
     * Return the report of one tensor.
     *
     * @param path a gradient path such as {@code hidden.dW}, or a value path such as {@code hidden.W}
     * @return the report, if the check covered that tensor
     * @since 0.1
     */
    public Optional<TensorReport> tensor(String path) {
        return tensors.stream().filter(tensor -> tensor.path().equals(path) || tensor.valuePath().equals(path))
                .findFirst();
    }

    /**
     * Return the failing tensors, in the order the failure message lists them: most mismatching
     * elements first.
     *
     * @return the failing tensors, never null
     * @since 0.1
     */
    public List<TensorReport> failures() {
        return tensors.stream().filter(tensor -> !tensor.passed())
                .sorted(Comparator.comparingDouble(TensorReport::relativeDifference).reversed()).toList();
    }

    /**
     * Tell whether the check passed.
     *
     * @return {@code true} when no element of any tensor fails and the contract checks found nothing
     * @since 0.1
     */
    public boolean passed() {
        return findings.isEmpty() && tensors.stream().allMatch(TensorReport::passed);
    }

    /**
     * Return the breaches of the layer contract found without finite differences, such as a
     * non-zero gradient for a zero upstream gradient.
     *
     * @return the findings, never null
     * @since 0.1
     */
    public List<ContractFinding> contractFindings() {
        return findings;
    }

    /**
     * Return how the backward pass writes each parameter's gradient field.
     *
     * @return the style by gradient path, in declaration order, never null
     * @since 0.1
     */
    public Map<String, GradientStyle> gradientStyles() {
        return styles;
    }

    /**
     * Return the relative difference over all parameters flattened into one vector, in
     * declaration order; the input gradient is not part of it.
     *
     * @return a value in [0, 1]
     * @since 0.1
     */
    public double overallRelativeDifference() {
        List<double[]> numeric = new ArrayList<>();
        List<double[]> analytic = new ArrayList<>();
        tensors.stream().filter(tensor -> tensor.kind() == TensorReport.Kind.PARAMETER).forEach(tensor -> {
            numeric.add(tensor.numeric());
            analytic.add(tensor.analytic());
        });
        return Metrics.relativeDifference(concat(numeric), concat(analytic));
    }

    private static double[] concat(List<double[]> parts) {
        double[] all = new double[parts.stream().mapToInt(part -> part.length).sum()];
        int offset = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }

    /**
     * Return the seed of the generated case.
     *
     * @return the seed, or empty when the caller supplied the layer's inputs
     * @since 0.1
     */
    public Optional<Long> seed() {
        return Optional.ofNullable(checkCase.seed());
    }

    /**
     * Return the size of every dimension of the checked case.
     *
     * @return the sizes, never null
     * @since 0.1
     */
    public Dimensions dimensions() {
        return checkCase.dimensions();
    }

    /**
     * Return a one-line way to run exactly this case again.
     *
     * @return Java code or a command line, never null
     * @since 0.1
     */
    public String replay() {
        return checkCase.replay();
    }

    /**
     * Return the settings of the check.
     *
     * @return the configuration
     * @since 0.1
     */
    public CheckConfig config() {
        return config;
    }

    /**
     * Name the adapter that reached the layer's members.
     *
     * @return {@code "generated"} for the processor's adapter, {@code "reflection"} otherwise
     * @since 0.1
     */
    public String adapter() {
        return adapter;
    }

    /**
     * Return a copy with another replay line, for callers such as a test engine that know a
     * better way to rerun the case.
     *
     * @param replay the one-line instruction, never null
     * @return the copy
     * @since 0.1
     */
    public GradientReport withReplay(String replay) {
        return new GradientReport(layerType, result(), new CheckCase(checkCase.seed(), checkCase.dimensions(), replay),
                config, adapter, localChecks);
    }

    GradientReport withLocalChecks(List<LocalCheck> checks) {
        return new GradientReport(layerType, result(), checkCase, config, adapter, checks);
    }

    private CheckSession.Result result() {
        return new CheckSession.Result(tensors, findings, styles);
    }

    /**
     * Return the checks of a failing model's sub-layers, each on the input and upstream gradient
     * it received inside the model. A failing entry names the sub-layer whose backward pass is wrong.
     *
     * @return one entry per direct {@code @Layer} field; empty for a layer, or when the model passed
     * @since 0.1
     */
    public List<LocalCheck> localChecks() {
        return localChecks;
    }

    /**
     * Return the sub-layers whose own check failed.
     *
     * @return the {@code @Layer} field names, in declaration order
     * @since 0.1
     */
    public List<String> blamedLayers() {
        return localChecks.stream().filter(LocalCheck::failed).map(LocalCheck::path).toList();
    }

    @Override
    public String toString() {
        return "GradientReport[" + layerName() + ", passed=" + passed() + ", tensors=" + tensors + "]";
    }
}
