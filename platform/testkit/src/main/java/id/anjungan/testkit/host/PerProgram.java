package id.anjungan.testkit.host;

import id.anjungan.spi.platform.ProgramStore;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/** The {@link ProgramStore} service: each bundle gets the store of the program its manifest declares, as on a kiosk. */
final class PerProgram implements ServiceFactory<Object> {

    private static final String NAMESPACE = "anjungan.program";
    private final Function<String, ProgramStore> stores;

    PerProgram(Function<String, ProgramStore> stores) {
        this.stores = stores;
    }

    @Override
    public Object getService(Bundle bundle, ServiceRegistration<Object> registration) {
        return stores.apply(programOf(bundle));
    }

    @Override
    public void ungetService(Bundle bundle, ServiceRegistration<Object> registration, Object store) {
        // the store outlives the module, as a kiosk's does an update
    }

    /** The code of {@code Provide-Capability: anjungan.program;anjungan.program=CODE}, else the symbolic name. */
    static String programOf(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        for (BundleCapability c : revision.getDeclaredCapabilities(NAMESPACE)) {
            if (c.getAttributes().get(NAMESPACE) instanceof String code) {
                return code;
            }
        }
        return "bundle:" + bundle.getSymbolicName();
    }
}
