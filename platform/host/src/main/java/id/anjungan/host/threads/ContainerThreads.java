package id.anjungan.host.threads;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The container's managed thread factory behind {@link Threads}; what it started stops with the application. */
@ApplicationScoped
public class ContainerThreads {

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory factory;

    private Threads threads;

    @PostConstruct
    void open() {
        threads = new Threads(factory);
    }

    @Produces
    Threads threads() {
        return threads;
    }

    @PreDestroy
    void close() {
        threads.close();
    }
}
