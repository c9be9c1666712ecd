package id.anjungan.host.identity.boundary;

import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.privacy.Masking;
import id.anjungan.host.identity.control.NikValidator;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.spi.platform.IdentityCheck;
import id.anjungan.spi.platform.KioskClock;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks a NIK or KK number as the resident types it, with a reason per broken rule. */
@Path("identity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentityResource {

    /** A number to check. */
    public record Number(String nik, String kk) {
    }

    @Inject
    KioskClock clock;
    @Context
    HttpHeaders headers;

    @POST
    @Path("nik")
    public Map<String, Object> nik(Number number) {
        String nik = number == null ? null : number.nik();
        return view(NikValidator.nik(nik, clock.today()), nik);
    }

    @POST
    @Path("kk")
    public Map<String, Object> kk(Number number) {
        String kk = number == null ? null : number.kk();
        return view(NikValidator.kk(kk), kk);
    }

    private Map<String, Object> view(IdentityCheck check, String number) {
        String lang = ProblemMapper.language(headers);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("valid", check.valid());
        v.put("problems", check.problems().stream().map(p -> Map.of("code", p.code(), "message", p.message().in(lang)))
                .toList());
        v.put("birthDate", check.birthDate() == null ? null : check.birthDate().toString());
        v.put("female", check.female());
        v.put("masked", check.valid() ? Masking.mask(Digits.canonical(number)) : null);
        return v;
    }
}
