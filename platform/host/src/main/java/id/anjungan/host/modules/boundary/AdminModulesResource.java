package id.anjungan.host.modules.boundary;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.modules.control.CityPrograms;
import id.anjungan.host.modules.control.ModuleManager;
import id.anjungan.host.modules.entity.ModuleView;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.Caller;
import id.anjungan.host.web.LimitedInputStream;
import id.anjungan.spi.Role;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Module lifecycle for admins: install, hot update, rollback, signer, enable, disable, uninstall. */
@Path("admin/modules")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class AdminModulesResource {

    static final long MAX_JAR_BYTES = 50L * 1024 * 1024;

    @Inject
    Provider<ModuleManager> modules;
    @Inject
    Caller caller;
    @Inject
    HashChainedAudit audit;
    @Inject
    CityPrograms cityPrograms;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response install(List<EntityPart> parts) {
        return withUpload(jarOf(parts), upload -> Response.status(201)
                .entity(done("module-install", cityPrograms.conform(modules.get().install(upload)))).build());
    }

    @POST
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
    public Response installRaw(InputStream jar) {
        return withUpload(jar, upload -> Response.status(201)
                .entity(done("module-install", cityPrograms.conform(modules.get().install(upload)))).build());
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response update(@PathParam("code") String code, List<EntityPart> parts) {
        return withUpload(jarOf(parts), upload -> Response.ok(done("module-update", modules.get().update(code, upload)))
                .build());
    }

    @PUT
    @Path("{code}")
    @Consumes({"application/java-archive", MediaType.APPLICATION_OCTET_STREAM})
    public Response updateRaw(@PathParam("code") String code, InputStream jar) {
        return withUpload(jar, upload -> Response.ok(done("module-update", modules.get().update(code, upload))).build());
    }

    @POST
    @Path("{code}/rollback")
    public Map<String, Object> rollback(@PathParam("code") String code) {
        return done("module-rollback", modules.get().rollback(code));
    }

    /** Pins the program code to another trusted certificate, e.g. after the city changed its signing key. */
    @POST
    @Path("{code}/signer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> assignSigner(@PathParam("code") String code, jakarta.json.JsonObject body) {
        String fingerprint = body == null ? null : body.getString("fingerprint", null);
        String before = modules.get().signer(code).orElse("-");
        ModuleView module = modules.get().assignSigner(code, fingerprint);
        audit.record(caller.actor(), "module-signer", code, "signer SHA-256 " + before + " -> "
                + modules.get().signer(code).orElse("-"));
        return ModulesResource.json(module, ProblemMapper.language(headers), cityPrograms.current().isPresent());
    }

    @POST
    @Path("{code}/enable")
    public Map<String, Object> enable(@PathParam("code") String code) {
        cityPrograms.refuseLocalSwitch(code);
        return done("module-enable", modules.get().setEnabled(code, true));
    }

    @POST
    @Path("{code}/disable")
    public Map<String, Object> disable(@PathParam("code") String code) {
        cityPrograms.refuseLocalSwitch(code);
        return done("module-disable", modules.get().setEnabled(code, false));
    }

    /**
     * The programs the city set for this kiosk's kelurahan, each with whether it is installed here: {@code set} false
     * while the city has set none.
     */
    @GET
    @Path("city")
    public Map<String, Object> city() {
        return cityPrograms.current().map(list -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("set", true);
            m.put("kelurahan", list.kelurahan);
            m.put("revision", list.revision);
            m.put("appliedAt", list.applied.toString());
            List<String> installed = modules.get().list().stream().map(ModuleView::code).toList();
            m.put("programs", CityPrograms.listed(list).stream().map(code -> Map.of("code", code, "installed",
                    installed.contains(code))).toList());
            return m;
        }).orElseGet(() -> Map.of("set", false));
    }

    @DELETE
    @Path("{code}")
    public Response uninstall(@PathParam("code") String code) {
        modules.get().uninstall(code);
        audit.recordNow(caller.actor(), "module-uninstall", code, "data kept");
        return Response.noContent().build();
    }

    private Map<String, Object> done(String action, ModuleView module) {
        audit.recordNow(caller.actor(), action, module.code(), "version " + module.version());
        return ModulesResource.json(module, ProblemMapper.language(headers), cityPrograms.current().isPresent());
    }

    /** The uploaded jar of a multipart form (also the city's module store's). */
    public static InputStream jarOf(List<EntityPart> parts) {
        return parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .or(() -> parts.stream().filter(p -> p.getFileName().isPresent()).findFirst())
                .map(EntityPart::getContent)
                .orElseThrow(() -> Problem.of(400, "no-file", "Berkas tidak ada", "No file",
                        "Pilih berkas modul (.jar) untuk diunggah.", "Choose a module file (.jar) to upload."));
    }

    /** Receives the jar into a temporary file (at most 50 MB) for {@code work}, then removes it. */
    public static Response withUpload(InputStream jar, Function<java.nio.file.Path, Response> work) {
        java.nio.file.Path upload = null;
        try {
            upload = Files.createTempFile("module-upload", ".jar");
            long size;
            try (InputStream in = new LimitedInputStream(jar, MAX_JAR_BYTES)) {
                size = Files.copy(in, upload, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (size == 0) {
                throw Problem.of(400, "no-file", "Berkas kosong", "Empty file", "Berkas yang diunggah kosong.",
                        "The uploaded file is empty.");
            }
            return work.apply(upload);
        } catch (IOException e) {
            throw Problem.of(400, "upload-failed", "Unggahan gagal", "Upload failed",
                    "Berkas tidak dapat diterima: " + e.getMessage(), "The file could not be received: " + e.getMessage());
        } finally {
            if (upload != null) {
                try {
                    Files.deleteIfExists(upload);
                } catch (IOException ignored) {
                    // a temp file left behind is cleaned by the OS
                }
            }
        }
    }
}
