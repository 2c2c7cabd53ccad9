package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.ProcessorDiagnostics;
import io.github.gradcheck.processor.model.LayerModel;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Annotation processor that validates every {@code @Differentiable} class of a compilation,
 * generates a reflection-free adapter for each valid one and lists the adapters in the layer
 * index.
 *
 * <p>Each broken rule becomes an error at the offending element and annotation. A failure of
 * the processor itself becomes one error with its stack trace. Only a virtual machine error,
 * such as {@link OutOfMemoryError}, is thrown out of {@link #process}, because the compiler
 * cannot go on after one. The option {@code -Agradcheck.debug=true} adds notes about each
 * adapter.
 *
 * @since 0.1
 */
public final class GradCheckProcessor extends AbstractProcessor {

    /** Processor option that turns on notes, such as one per generated adapter. */
    public static final String DEBUG_OPTION = "gradcheck.debug";

    private final Consumer<? super TypeElement> beforeEachLayer;
    private final LayerIndex index = new LayerIndex();

    /** Canonical names of classes whose types resolve only in a later round. */
    private final Set<String> deferred = new LinkedHashSet<>();

    private DiagnosticReporter reporter;
    private LayerValidator validator;

    /**
     * Create the processor, as the compiler does through the service loader.
     *
     * @since 0.1
     */
    public GradCheckProcessor() {
        this(type -> { });
    }

    /** Create a processor that runs an action before each class, so tests can inject a failure. */
    GradCheckProcessor(Consumer<? super TypeElement> beforeEachLayer) {
        this.beforeEachLayer = beforeEachLayer;
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
        super.init(environment);
        boolean debug = Boolean.parseBoolean(environment.getOptions().get(DEBUG_OPTION));
        reporter = new DiagnosticReporter(environment.getMessager(),
                debug ? DiagnosticReporter.DebugMode.ON : DiagnosticReporter.DebugMode.OFF);
        validator = new LayerValidator(environment.getElementUtils(), environment.getTypeUtils(),
                reporter);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(AnnotationNames.DIFFERENTIABLE);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(DEBUG_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            for (TypeElement type : layersOf(round)) {
                processLayer(type);
            }
            if (round.processingOver()) {
                finish();
            }
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (RuntimeException | Error failure) {
            reporter.error(ProcessorDiagnostics.unexpectedFailure("processing round", failure));
        }
        // Other processors may handle the framework's annotations too.
        return false;
    }

    /** Collect this round's classes and the ones deferred from earlier rounds, once each. */
    private Iterable<TypeElement> layersOf(RoundEnvironment round) {
        Map<String, TypeElement> layers = new LinkedHashMap<>();
        for (String name : deferred) {
            Optional.ofNullable(processingEnv.getElementUtils().getTypeElement(name))
                    .ifPresent(type -> layers.put(name, type));
        }
        deferred.clear();
        TypeElement annotation =
                processingEnv.getElementUtils().getTypeElement(AnnotationNames.DIFFERENTIABLE);
        if (annotation != null) {
            var annotated = ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation));
            annotated.forEach(type -> layers.putIfAbsent(type.getQualifiedName().toString(), type));
        }
        return layers.values();
    }

    private void processLayer(TypeElement type) {
        String name = type.getQualifiedName().toString();
        try {
            beforeEachLayer.accept(type);
            if (!validator.isResolved(type)) {
                deferred.add(name);
                reporter.note(ProcessorDiagnostics.deferred(name), type);
                return;
            }
            Optional<LayerModel> model = validator.validate(type);
            if (model.isPresent()) {
                writeAdapter(model.get(), type);
            }
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (RuntimeException | Error failure) {
            // One class's failure must not hide the diagnostics and adapters of the others.
            reporter.error(ProcessorDiagnostics.unexpectedFailure(name, failure), type, null);
        }
    }

    private void writeAdapter(LayerModel model, TypeElement type) {
        String adapter = model.name().adapterName().canonicalName();
        Element[] originating = LayerHierarchy.of(type).classes().toArray(Element[]::new);
        try (Writer writer =
                processingEnv.getFiler().createSourceFile(adapter, originating).openWriter()) {
            writer.write(AdapterSource.render(model));
        } catch (IOException failure) {
            reporter.error(ProcessorDiagnostics.writeFailed(adapter, failure), type, null);
            return;
        }
        index.add(model);
        String layer = model.name().canonicalName();
        reporter.note(ProcessorDiagnostics.adapterWritten(layer, adapter), type);
    }

    private void finish() {
        for (String name : deferred) {
            reporter.note(ProcessorDiagnostics.unresolved(name));
        }
        if (index.size() == 0) {
            return;
        }
        try {
            index.write(processingEnv.getFiler(), processingEnv.getElementUtils());
            reporter.note(ProcessorDiagnostics.indexWritten(LayerIndex.RESOURCE, index.size()));
        } catch (IOException failure) {
            reporter.error(ProcessorDiagnostics.writeFailed(LayerIndex.RESOURCE, failure));
        }
    }
}
