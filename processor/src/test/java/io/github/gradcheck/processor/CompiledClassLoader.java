package io.github.gradcheck.processor;

import com.google.testing.compile.Compilation;
import io.github.gradcheck.api.LayerAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Loads the classes of an in-memory compilation, so tests can call generated adapters. The
 * framework's classes come from the test class path, shared with the test itself.
 */
final class CompiledClassLoader extends ClassLoader {

    private final Compilation compilation;

    CompiledClassLoader(Compilation compilation) {
        super(CompiledClassLoader.class.getClassLoader());
        this.compilation = compilation;
    }

    /** Load and instantiate a generated adapter by binary name. */
    @SuppressWarnings("unchecked")
    LayerAdapter<Object> adapter(String binaryName) throws ReflectiveOperationException {
        return (LayerAdapter<Object>) loadClass(binaryName).getConstructor().newInstance();
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        Optional<JavaFileObject> file =
                compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path);
        if (file.isEmpty()) {
            throw new ClassNotFoundException(name);
        }
        try (InputStream input = file.get().openInputStream()) {
            byte[] bytes = input.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read compiled class [" + name + "].", failure);
        }
    }
}
