package id.anjungan.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;

/** The bare baseline of the start-up benchmark: a WAR with one JAX-RS ping. */
@ApplicationPath("api")
public class PingApplication extends Application {

    /** Answers pong. */
    @Path("ping")
    public static class Ping {
        @GET
        public String ping() {
            return "pong";
        }
    }
}
