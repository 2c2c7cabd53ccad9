package io.github.gradcheck.demo.bench;

import io.github.gradcheck.api.LayerAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Class loader that defines one layer class a second time from its class file and hides the
 * processor index {@value LayerAdapter#INDEX_RESOURCE}.
 *
 * <p>For the copy, {@code LayerAdapters} finds no generated adapter and uses its reflective one,
 * as for a layer from a jar compiled without the processor. The copy runs the same bytecode as
 * the original; every other class comes from the parent loader.
 */
final class UnindexedClassLoader extends ClassLoader {

    private final String copied;

    private UnindexedClassLoader(ClassLoader parent, String copied) {
        super(parent);
        this.copied = copied;
    }

    /**
     * Define a copy of a class in a new loader that hides the processor index.
     *
     * @param type a class whose class file the parent loader can read, never null
     * @return the copy, a different class with the same name and bytecode
     */
    static Class<?> copyOf(Class<?> type) {
        var loader = new UnindexedClassLoader(type.getClassLoader(), type.getName());
        try {
            return Class.forName(type.getName(), true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Cannot copy class [" + type.getName() + "]: its class file is not "
                    + "readable from its loader; benchmark a class loaded from a directory or jar.", e);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.equals(copied)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = define(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> define(String name) throws ClassNotFoundException {
        try (InputStream classFile = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (classFile == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = classFile.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    @Override
    public URL getResource(String name) {
        return LayerAdapter.INDEX_RESOURCE.equals(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return LayerAdapter.INDEX_RESOURCE.equals(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }
}
