package id.anjungan.host.attachments.boundary;

import id.anjungan.host.attachments.control.Attachments;
import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.attachments.entity.AttachmentRow;
import id.anjungan.host.problem.Problem;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** Upload of photos and scans for forms; staff may view them. */
@Path("attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentsResource {

    @Inject
    Attachments attachments;
    @Inject
    HashChainedAudit audit;
    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AttachmentUpload
    public Response upload(List<EntityPart> parts) {
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> Problem.of(400, "no-file", "Berkas tidak ada", "No file",
                        "Ambil foto atau pilih berkas terlebih dahulu.", "Take a photo or choose a file first."));
        return created(attachments.store(file.getContent()));
    }

    @POST
    @Consumes({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @AttachmentUpload
    public Response uploadRaw(java.io.InputStream content) {
        return created(attachments.store(content));
    }

    @GET
    @Path("{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_JSON})
    @Allowed({Role.TKSK, Role.PSM, Role.KASI_KESOS, Role.CAMAT, Role.DINSOS})
    public Response content(@PathParam("id") String id) {
        AttachmentRow row = attachments.find(id).orElseThrow(() -> Problem.notFound("Berkas", "File"));
        audit.record(caller.actor(), "read-attachment", row.id, row.contentType);
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> Files.copy(java.nio.file.Path.of(row.path), out))
                .type(row.contentType).build();
    }

    private static Response created(AttachmentRow row) {
        return Response.status(201).entity(Map.of("id", row.id, "contentType", row.contentType, "size", row.size,
                "sha256", row.sha256)).build();
    }
}
