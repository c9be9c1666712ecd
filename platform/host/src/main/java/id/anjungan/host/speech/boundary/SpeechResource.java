package id.anjungan.host.speech.boundary;

import id.anjungan.host.speech.control.Speech;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Read aloud: text in, WAV audio out. */
@Path("speech")
public class SpeechResource {

    /** What to speak. */
    public record Utterance(String text, String lang) {
    }

    @Inject
    Speech speech;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"audio/wav", MediaType.APPLICATION_JSON})
    public Response speak(Utterance utterance) {
        String lang = utterance == null || utterance.lang() == null ? "id" : utterance.lang();
        byte[] wav = speech.wav(utterance == null ? null : utterance.text(), lang);
        return Response.ok(wav, "audio/wav").header("Cache-Control", "no-store").build();
    }
}
