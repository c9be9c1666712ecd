package id.anjungan.host.runtime.boundary;

import id.anjungan.host.persistence.Database;
import id.anjungan.host.runtime.control.Kiosk;
import id.anjungan.host.threads.Threads;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the kiosk with the web application; stops Felix first, then Derby. */
@WebListener
public class Bootstrap implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    /** Exit status when a setting forbids starting (sysexits' EX_CONFIG). */
    static final int REFUSED = 78;

    @Inject
    Kiosk kiosk;
    @Inject
    Threads threads;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            kiosk.start(event.getServletContext());
        } catch (Kiosk.StartRefused refused) {
            LOG.severe("The kiosk refuses to start: " + refused.getMessage());
            // off the deploying thread, so that the container's shutdown does not wait for this deployment
            threads.start("kiosk-refused", () -> System.exit(REFUSED));
        } catch (Exception e) {
            // the kiosk stays not-ready (health 503) instead of failing the deployment without a trace
            LOG.log(Level.SEVERE, "Kiosk failed to start", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        kiosk.stop();
        Database.shutdownDerbyEngine();
    }
}
