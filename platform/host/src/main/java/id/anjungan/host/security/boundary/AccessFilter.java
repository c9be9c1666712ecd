package id.anjungan.host.security.boundary;

import id.anjungan.host.problem.Problem;
import id.anjungan.host.security.control.Authentication;
import id.anjungan.host.security.control.Allowed;
import id.anjungan.host.security.control.CallerSetter;
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
import java.util.Arrays;
import java.util.Optional;

/** Finds the caller from a bearer token and enforces {@link Allowed}. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessFilter implements ContainerRequestFilter {

    @Inject
    Authentication authentication;
    @Inject
    CallerSetter setter;
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Authentication.Authenticated> caller = authentication.caller(
                request.getHeaderString(HttpHeaders.AUTHORIZATION));
        caller.ifPresent(setter::set);
        Optional<Actor> actor = caller.map(Authentication.Authenticated::actor);
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
