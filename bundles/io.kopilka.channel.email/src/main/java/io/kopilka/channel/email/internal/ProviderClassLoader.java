package io.kopilka.channel.email.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import org.eclipse.angus.activation.MailcapRegistryProviderImpl;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * The class loader Jakarta Mail and Jakarta Activation need as the thread's context class loader in OSGi. They find
 * their providers with {@link java.util.ServiceLoader} and {@code META-INF} resources ({@code services/},
 * {@code javamail.default.providers}, {@code mailcap}) through the context class loader, and in OSGi each of those
 * files sits in its own bundle (Angus Mail, Angus Activation) that no single bundle class loader sees. This one looks
 * through the class loaders of those bundles and of the two APIs, in that order; on a flat class path they are all
 * one and it changes nothing.
 */
final class ProviderClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final List<ClassLoader> loaders;

    ProviderClassLoader() {
        super(null);
        Set<ClassLoader> distinct = new LinkedHashSet<>();
        for (Class<?> c : List.of(SMTPTransport.class, MailcapRegistryProviderImpl.class, Session.class,
                DataHandler.class, ProviderClassLoader.class)) {
            distinct.add(c.getClassLoader());
        }
        distinct.remove(null);
        this.loaders = List.copyOf(distinct);
    }

    /** Runs {@code work} with this as the context class loader, and puts the previous one back. */
    <T, E extends Exception> T run(Work<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(this);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Something to run with the providers in view. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T call() throws E;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader l : loaders) {
            try {
                return l.loadClass(name);
            } catch (ClassNotFoundException e) {
                // the next bundle may have it
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        return loaders.stream().map(l -> l.getResource(name)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> urls = new LinkedHashSet<>();
        for (ClassLoader l : loaders) {
            urls.addAll(Collections.list(l.getResources(name)));
        }
        return Collections.enumeration(new ArrayList<>(urls));
    }
}
