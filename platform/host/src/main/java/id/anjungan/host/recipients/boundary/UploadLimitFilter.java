package id.anjungan.host.recipients.boundary;

import id.anjungan.host.modules.boundary.LimitedInputStream;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.recipients.control.RecipientImport;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses an oversized upload before the multipart reader spools it: at once from its Content-Length, or, when it is
 * sent chunked, as soon as the body passes the limit. Runs after the access check, so strangers get 401, not 413.
 */
@Provider
@UploadLimited
@Priority(Priorities.USER)
public class UploadLimitFilter implements ContainerRequestFilter {

    /** Room for the multipart boundaries and the program and period parts around the file. */
    static final long ENVELOPE = 64 * 1024;

    @Inject
    RecipientImport imports;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = imports.maxBytes() + ENVELOPE;
        if (request.getLength() > limit) {
            long mb = imports.maxBytes() / (1024 * 1024);
            throw Problem.of(413, "too-large", "Berkas terlalu besar", "File too large",
                    "Berkas melebihi batas " + mb + " MB.", "The file exceeds the limit of " + mb + " MB.");
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
    }
}
