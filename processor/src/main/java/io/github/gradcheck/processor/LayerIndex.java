package io.github.gradcheck.processor;

import io.github.gradcheck.processor.model.ClassName;
import io.github.gradcheck.processor.model.LayerModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The resource that lists every adapter of a compilation, collected over all rounds and written
 * once in the last round.
 *
 * <p>Each line reads {@code layer.binary.Name=adapter.binary.Name}, sorted by layer, in UTF-8.
 *
 * <p>NOTE: the index lists only the classes of one compilation. A build tool that recompiles a
 * subset of the sources rewrites it with that subset, and the framework then builds the missing
 * adapters at run time. Gradle avoids this because it reprocesses every annotated class for an
 * aggregating processor.
 */
final class LayerIndex {

    /** Class-path resource of the index, the same as the framework's adapter SPI reads. */
    static final String RESOURCE = "META-INF/gradcheck/layers.index";

    /** Adapter binary names by layer binary name. */
    private final SortedMap<String, String> adapters = new TreeMap<>();

    /** Canonical layer names, kept as strings because elements do not outlive their round. */
    private final SortedMap<String, ClassName> layers = new TreeMap<>();

    void add(LayerModel model) {
        adapters.put(model.name().binaryName(), model.name().adapterName().binaryName());
        layers.put(model.name().canonicalName(), model.name());
    }

    int size() {
        return adapters.size();
    }

    void write(Filer filer, Elements elements) throws IOException {
        Element[] originating = layers.keySet().stream()
                .map(elements::getTypeElement)
                .filter(Objects::nonNull)
                .toArray(Element[]::new);
        FileObject resource =
                filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE, originating);
        var text = new StringBuilder();
        for (Map.Entry<String, String> entry : adapters.entrySet()) {
            text.append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
        }
        try (OutputStream output = resource.openOutputStream()) {
            output.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
