package id.anjungan.host.receipts.control;

import java.util.Objects;

/** A printed heading: Bahasa Indonesia first, English as the smaller second line. */
public record Label(String id, String en) {

    public Label {
        Objects.requireNonNull(id, "id");
    }
}
