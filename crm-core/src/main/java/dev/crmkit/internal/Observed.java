package dev.crmkit.internal;

import dev.crmkit.common.StoreException;
import dev.crmkit.spi.UseCaseObserver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Locale;

/**
 * A use-case interface whose every call runs inside a {@link UseCaseObserver}. Only made when the host configured an
 * observer: without one the host gets the service itself.
 */
public final class Observed {

    private Observed() {}

    /** The service, with its calls observed when the host gave an observer. */
    public static <T> T wrap(Class<T> useCases, T service, UseCaseObserver observer) {
        if (observer == UseCaseObserver.NONE) {
            return service;
        }
        String name = useCases.getSimpleName();
        String prefix = name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
        return useCases.cast(Proxy.newProxyInstance(useCases.getClassLoader(), new Class<?>[] {useCases},
                (proxy, method, args) -> method.getDeclaringClass() == Object.class
                        ? call(method, service, args)
                        : observer.observe(prefix + "." + method.getName(), () -> call(method, service, args))));
    }

    /** Calls the service's method, letting what it throws propagate as it is. */
    private static Object call(Method method, Object service, Object[] args) {
        try {
            return method.invoke(service, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new StoreException("use case " + method.getName() + " failed", cause);
        } catch (IllegalAccessException e) {
            throw new StoreException("use case " + method.getName() + " is not accessible", e);
        }
    }
}
