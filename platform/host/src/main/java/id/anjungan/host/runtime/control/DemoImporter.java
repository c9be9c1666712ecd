package id.anjungan.host.runtime.control;

import id.anjungan.host.recipients.control.ImportProgress;
import id.anjungan.host.recipients.control.RecipientImport;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/** Hands demo recipient lists to the recipient-list import. */
@ApplicationScoped
public class DemoImporter implements BiConsumer<String[], Path> {

    private static final Logger LOG = Logger.getLogger(DemoImporter.class.getName());

    @Inject
    RecipientImport recipientImport;

    @Override
    public void accept(String[] programAndPeriod, Path csv) {
        ImportProgress done = recipientImport.importFile(programAndPeriod[0], programAndPeriod[1], csv,
                new Actor("demo", "Data demo", Role.ADMIN, null));
        LOG.info(() -> "Demo list " + programAndPeriod[0] + " " + programAndPeriod[1] + ": " + done.state() + ", " + done.rowsImported()
                + " imported, " + done.rowsRejected() + " rejected");
    }
}
