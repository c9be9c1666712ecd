package id.anjungan.it.city;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.anjungan.it.Kiosk;
import jakarta.json.Json;
import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntBinaryOperator;

/**
 * Cases filed through a kiosk's HTTP API as a TKSK files them: a house-repair request with two photos (also used by
 * the city benchmarks).
 */
public final class Filings {

    /** A filed case: its tracking number and its photos' ids with the SHA-256 of the bytes uploaded. */
    public record Filed(int kiosk, String tracking, Map<String, String> photoSha256) {
    }

    private Filings() {
    }

    /**
     * Files Jum'at Koin's "ajukan-bantuan-rumah" at kiosk k for the household of NIK {@code serial}, with two photos of
     * their own bytes. Its claim-once key is the household's NIK and the disaster, so the same serial at two kiosks
     * is the same claim.
     */
    static Filed house(int k, int serial) throws Exception {
        return house(City.kiosk(k), k, serial);
    }

    /** {@link #house(int, int)} at the kiosk this client talks to. */
    public static Filed house(Kiosk kiosk, int k, int serial) throws Exception {
        String first = upload(kiosk, photo(serial * 2));
        String second = upload(kiosk, photo(serial * 2 + 1));
        String data = Json.createObjectBuilder().add("nik", nik(serial)).add("kelurahan", "Kranggan")
                .add("address", "Gang Kranggan Dalam " + serial).add("rt", "4").add("rw", "2")
                .add("cause", "BANJIR").add("disasterDate", LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(3)
                        .toString()).add("damage", "SEDANG").add("displaced", "false").add("photo1", first)
                .add("photo2", second).add("householdSize", "4").add("children", "2").add("elderly", "0")
                .add("disabled", "0").add("femaleHead", "false").add("dtks", "true").add("otherAid", "false")
                .build().toString();
        Kiosk.Answer filed = kiosk.post("/api/cases", "{\"program\":\"JUMATKOIN\",\"service\":"
                + "\"ajukan-bantuan-rumah\",\"data\":" + data + "}", Kiosk.TKSK);
        assertEquals(201, filed.status(), filed.body());
        return new Filed(k, filed.object().getString("tracking"), Map.of(first, sha256(photo(serial * 2)), second,
                sha256(photo(serial * 2 + 1))));
    }

    private static String upload(Kiosk kiosk, byte[] png) {
        Kiosk.Answer a = kiosk.upload("POST", "/api/attachments", "image/png", png, Kiosk.TKSK);
        assertEquals(201, a.status(), a.body());
        return a.object().getString("id");
    }

    /** A synthetic NIK of Semarang Tengah, distinct per serial (whose last four digits are not 0000: no NIK ends so). */
    static String nik(int serial) {
        if (serial % 10_000 == 0) {
            throw new IllegalArgumentException("a NIK's serial is never 0000: " + serial);
        }
        return "33740115058" + "%05d".formatted(serial % 100000);
    }

    /** A small PNG whose bytes differ for every n: a photo of its own. */
    static byte[] photo(int n) {
        BufferedImage image = new BufferedImage(24, 24, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 24; x++) {
            image.setRGB(x, (x * 7 + n) % 24, 0xFFFFFF ^ n);
        }
        image.setRGB(0, 0, n);
        return id.anjungan.it.Png.encode(image);
    }

    /** Files {@code perKiosk} cases at each of the first {@code kiosks} kiosks side by side; serial(k, i) their NIKs. */
    static List<Filed> atEveryKiosk(int kiosks, int perKiosk, IntBinaryOperator serial) throws Exception {
        List<Filed> filed = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(kiosks);
        try {
            List<Future<List<Filed>>> each = new ArrayList<>();
            for (int k = 1; k <= kiosks; k++) {
                int kiosk = k;
                each.add(pool.submit(() -> {
                    List<Filed> mine = new ArrayList<>();
                    for (int i = 0; i < perKiosk; i++) {
                        mine.add(house(kiosk, serial.applyAsInt(kiosk, i)));
                    }
                    return mine;
                }));
            }
            for (Future<List<Filed>> f : each) {
                filed.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return filed;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
