package id.anjungan.host.screening.boundary;

import id.anjungan.host.catalog.control.Programs;
import id.anjungan.host.problem.Problem;
import id.anjungan.host.problem.ProblemMapper;
import id.anjungan.host.screening.control.Screener;
import id.anjungan.spi.Disability;
import id.anjungan.spi.ScreeningAnswers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cross-program screener at the kiosk. */
@Path("screening")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScreeningResource {

    /** The screener's answers as the kiosk sends them; absent yes/no answers mean no. */
    public record Answers(Integer age, String disability, Boolean chronicIllness, Boolean neglected,
                          Boolean poorHousehold, List<String> currentAid, Boolean houseDamagedByDisaster,
                          Boolean recentDeath, Boolean homeless) {
    }

    @Inject
    Screener screener;
    @Context
    HttpHeaders headers;

    @POST
    public Map<String, Object> screen(Answers body) {
        String lang = ProblemMapper.language(headers);
        Screener.Screening screening = screener.screenAll(answers(body));
        return Map.of("results", screening.results().stream().map(r -> Screener.json(r, lang)).toList(),
                "unavailable", screening.unavailable().entrySet().stream()
                        .map(e -> Programs.unavailable(e.getKey(), e.getValue(), lang)).toList());
    }

    static ScreeningAnswers answers(Answers a) {
        if (a == null || a.age() == null || a.age() < 0 || a.age() > 130) {
            throw Problem.of(422, "age", "Umur tidak valid", "Invalid age", "Isi umur dalam tahun (0–130).",
                    "Enter the age in years (0–130).");
        }
        Disability disability;
        try {
            disability = a.disability() == null ? Disability.NONE
                    : Disability.valueOf(a.disability().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.of(422, "disability", "Jenis disabilitas tidak dikenal", "Unknown disability",
                    "Pilih salah satu jenis disabilitas yang tersedia.", "Choose one of the listed disabilities.");
        }
        HashSet<String> aid = new HashSet<>();
        if (a.currentAid() != null) {
            a.currentAid().stream().filter(c -> c != null && !c.isBlank())
                    .forEach(c -> aid.add(c.trim().toUpperCase(Locale.ROOT)));
        }
        return new ScreeningAnswers(a.age(), disability, yes(a.chronicIllness()), yes(a.neglected()),
                yes(a.poorHousehold()), aid, yes(a.houseDamagedByDisaster()), yes(a.recentDeath()), yes(a.homeless()));
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }
}
