package id.anjungan.host.status.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusServletTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" → {2}")
    @CsvSource(nullValues = "NULL", value = {
        "NULL,                 en-US, id",
        "'',                   en-US, id",
        "'*',                  en-US, id",
        "'en-US,en;q=0.9',     en-US, en",
        "'id-ID,id;q=0.9',     id-ID, id",
        "'en',                 en,    en",
    })
    void answersInTheCallersFirstLanguageAndBahasaIndonesiaOtherwise(String header, String containerLocale,
                                                                    String language) {
        assertEquals(language, StatusServlet.language(header, Locale.forLanguageTag(containerLocale)));
    }
}
