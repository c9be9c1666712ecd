package id.anjungan.host.sync;

import java.util.List;

/** The programs a kelurahan runs, as the city set them ({@code programs}, city to kiosk); newest revision wins. */
public record KelurahanPrograms(String kelurahan, List<String> programs, long revision) {
}
