package id.anjungan.host.osgi;

/**
 * A {@link PlatformService} each module gets its own view of, bound to the program its bundle declares (capability
 * {@code anjungan.program}), so one program cannot reach another's data through it.
 */
public interface PerProgramService extends PlatformService {

    /** The service as the module of {@code program} sees it. */
    Object forProgram(String program);
}
