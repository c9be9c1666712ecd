package id.anjungan.host.recipients.boundary;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.host.recipients.control.ImportProgress;
import id.anjungan.host.recipients.control.ListSource;
import id.anjungan.host.recipients.control.RecipientImport;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.spi.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recipient lists (BNBA) from Dinas Sosial: upload a CSV per program, period and source (DTSEN, SP2D, other), follow
 * the import (also after a restart), see how many of today's recipients it drops and confirm or cancel (preview), get
 * rejects.
 */
@Path("admin/recipient-lists")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN) // a list decides who receives aid: docs/api.md lists these under the admin's endpoints
public class RecipientListsResource {

    @Inject
    RecipientImport imports;
    @Inject
    Caller caller;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @UploadLimited
    public Response upload(List<EntityPart> parts) {
        String program = text(parts, "program").map(String::trim).orElse(null);
        String period = text(parts, "period").map(String::trim).orElse(null);
        imports.checkNames(program, period);
        ListSource source = ListSource.of(text(parts, "source").orElse(null), program);
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> Problem.of(400, "no-file", "Berkas tidak ada", "No file",
                        "Pilih berkas CSV daftar penerima untuk diunggah.", "Choose a recipient-list CSV file to upload."));
        boolean confirmShrink = text(parts, "confirmShrink").map(v -> "true".equals(v.trim())).orElse(false);
        boolean preview = text(parts, "preview").map(v -> "true".equals(v.trim())).orElse(false);
        ImportProgress progress = imports.start(program, period, source, imports.receive(file.getContent()),
                caller.actor(), confirmShrink, preview);
        return Response.accepted(Map.of("id", progress.id()))
                .location(URI.create("admin/recipient-lists/imports/" + progress.id())).build();
    }

    @GET
    @Path("imports/{id}")
    public Map<String, Object> progress(@PathParam("id") String id) {
        return known(id).json(ProblemMapper.language(headers));
    }

    /** Replaces the published list with a previewed import (state PREVIEW); 409 not-previewed otherwise. */
    @POST
    @Path("imports/{id}/confirm")
    public Response confirm(@PathParam("id") String id) {
        return Response.accepted(imports.confirm(id, caller.actor()).json(ProblemMapper.language(headers))).build();
    }

    /** Drops a previewed import; the published list stays. */
    @POST
    @Path("imports/{id}/cancel")
    public Map<String, Object> cancel(@PathParam("id") String id) {
        return imports.cancel(id, caller.actor()).json(ProblemMapper.language(headers));
    }

    @GET
    @Path("imports/{id}/rejected.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response rejected(@PathParam("id") String id) {
        ImportProgress progress = known(id);
        String lang = ProblemMapper.language(headers);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            imports.writeRejected(progress, lang, writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"ditolak-" + progress.program()
                + "-" + progress.period() + ".csv\"").build();
    }

    private ImportProgress known(String id) {
        return imports.progress(id).orElseThrow(() -> Problem.notFound("Impor " + id, "Import " + id));
    }

    private static Optional<String> text(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst().map(p -> {
            try {
                return p.getContent(String.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
