package id.anjungan.host.osgi;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/** Registers a {@link PerProgramService}: each bundle that gets it gets the view of the program it declares. */
final class ProgramServiceFactory implements ServiceFactory<Object> {

    /** The capability namespace (and attribute) a module declares its program with. */
    static final String PROGRAM_NAMESPACE = "anjungan.program";

    private final PerProgramService service;

    ProgramServiceFactory(PerProgramService service) {
        this.service = service;
    }

    @Override
    public Object getService(Bundle bundle, ServiceRegistration<Object> registration) {
        return service.forProgram(programOf(bundle));
    }

    @Override
    public void ungetService(Bundle bundle, ServiceRegistration<Object> registration, Object view) {
        // a view holds nothing of its own
    }

    /** The program a bundle declares; a bundle declaring none gets a view of its symbolic name, shared with no program. */
    static String programOf(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision != null) {
            for (BundleCapability c : revision.getDeclaredCapabilities(PROGRAM_NAMESPACE)) {
                if (c.getAttributes().get(PROGRAM_NAMESPACE) instanceof String code) {
                    return code;
                }
            }
        }
        return "bundle:" + bundle.getSymbolicName();
    }
}
