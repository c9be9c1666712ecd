package id.anjungan.host.security.boundary;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Accounts;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.CallerSetter;
import id.anjungan.host.security.control.Sessions;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/** Finds the caller from a bearer token (or HTTP Basic, for scripts) and enforces {@link Allowed}. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    @Inject
    Sessions sessions;
    @Inject
    Accounts accounts;
    @Inject
    CallerSetter caller;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<Actor> actor = Optional.empty();
        String token = null;
        if (header != null && header.startsWith("Bearer ")) {
            token = header.substring(7).trim();
            actor = sessions.actor(token);
        } else if (header != null && header.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8)
                    .split(":", 2);
            actor = pair.length == 2 ? accounts.authenticate(pair[0], pair[1]) : Optional.empty();
            token = actor.isPresent() ? "basic" : null;
        }
        if (header != null && actor.isEmpty()) {
            throw Problem.of(401, "unauthenticated", "Perlu masuk", "Login required",
                    "Sesi Anda sudah berakhir atau kata sandi salah. Silakan masuk lagi.",
                    "Your session ended or the password is wrong. Please log in again.");
        }
        actor.ifPresent(a -> caller.set(a, request.getHeaderString(HttpHeaders.AUTHORIZATION).startsWith("Bearer ")
                ? request.getHeaderString(HttpHeaders.AUTHORIZATION).substring(7).trim() : null));
        Allowed allowed = allowed();
        if (allowed == null) {
            return;
        }
        if (actor.isEmpty()) {
            throw Problem.of(401, "unauthenticated", "Perlu masuk", "Login required",
                    "Halaman ini hanya untuk petugas. Silakan masuk.", "This page is for staff only. Please log in.");
        }
        Role role = actor.get().role();
        if (role != Role.ADMIN && Arrays.stream(allowed.value()).noneMatch(r -> r == role)) {
            throw Problem.of(403, "forbidden", "Tidak diizinkan", "Not allowed",
                    "Peran Anda tidak boleh melakukan ini.", "Your role may not do this.");
        }
    }

    private Allowed allowed() {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        Allowed onMethod = resource.getResourceMethod().getAnnotation(Allowed.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(Allowed.class);
    }
}
