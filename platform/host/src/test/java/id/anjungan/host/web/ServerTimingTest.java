package id.anjungan.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerTimingTest {

    @ParameterizedTest
    @CsvSource({ "0, app;dur=0.00", "4999, app;dur=0.00", "5000, app;dur=0.01", "99999, app;dur=0.10",
            "1234567, app;dur=1.23", "1005000, app;dur=1.01", "12345000000, app;dur=12345.00", "-7, app;dur=0.00" })
    void millisecondsWithTwoDecimals(long nanos, String header) {
        assertEquals(header, ServerTiming.of(nanos));
    }

    @ParameterizedTest
    @ValueSource(longs = { 1, 94_999, 95_001, 1_994_999, 123_456_789, 3_000_000_000L })
    void sameAsTheFormatItReplaces(long nanos) {
        assertEquals(String.format(Locale.ROOT, "app;dur=%.2f", nanos / 1e6), ServerTiming.of(nanos));
    }
}
