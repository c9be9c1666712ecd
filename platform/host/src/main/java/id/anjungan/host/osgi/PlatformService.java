package id.anjungan.host.osgi;

/** A host bean that is also offered to modules as an OSGi service of {@link #serviceType()}. */
public interface PlatformService {

    /** The SPI interface the bean provides, e.g. {@code Ledger.class}. */
    Class<?> serviceType();
}
