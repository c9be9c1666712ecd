package id.anjungan.host.runtime.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/** Hands demo recipient lists to the recipient-list import. */
@ApplicationScoped
public class DemoImporter implements BiConsumer<String[], Path> {

    private static final Logger LOG = Logger.getLogger(DemoImporter.class.getName());

    @Override
    public void accept(String[] programAndPeriod, Path csv) {
        LOG.info(() -> "Demo list " + programAndPeriod[0] + " " + programAndPeriod[1] + " waits for the importer: " + csv);
    }
}
