package id.anjungan.host.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Tells every API answer how long the server worked on it ({@code Server-Timing: app;dur=1.23}, milliseconds), from
 * the moment the request reached the API until its answer was ready: the benchmark reads it, and so can a browser's
 * developer tools, without guessing how much of a slow answer was the network.
 */
@Provider
@PreMatching
@Priority(1)
public class ServerTiming implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ServerTiming.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            response.getHeaders().add("Server-Timing", since(started));
        }
    }

    /** The header's value for work started at {@code started} ({@link System#nanoTime()}): {@code app;dur=1.23}. */
    public static String since(long started) {
        return of(System.nanoTime() - started);
    }

    static String of(long nanos) {
        // by hand: String.format built a Formatter, a regex matcher and a StringBuilder on every status lookup
        long hundredths = Math.max(0, (nanos + 5_000) / 10_000);
        long fraction = hundredths % 100;
        return "app;dur=" + hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }
}
