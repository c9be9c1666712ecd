package id.anjungan.host.cases.control;

import id.anjungan.host.identity.control.Digits;
import id.anjungan.host.identity.control.NikValidator;
import id.anjungan.spi.Choice;
import id.anjungan.spi.FieldType;
import id.anjungan.spi.FormDefinition;
import id.anjungan.spi.FormField;
import id.anjungan.spi.Role;
import id.anjungan.spi.platform.IdentityCheck;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Checks answers against a module's form definition and normalises them (ASCII digits without separators, ISO dates,
 * {@code true}/{@code false}). Answers to questions that were not asked are dropped.
 */
public final class FormValidator {

    static final int MAX_TEXT = 2000;

    /** Normalised answers, or the errors that keep the form from being submitted. */
    public record Result(Map<String, String> data, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private FormValidator() {
    }

    public static Result validate(FormDefinition form, Map<String, String> answers, LocalDate today,
                                  Predicate<String> attachmentExists) {
        return validate(form, answers, today, attachmentExists, false);
    }

    /**
     * @param identityWaived a PSM or TKSK files for a person with no identity card: NIK and KK questions may stay empty
     */
    public static Result validate(FormDefinition form, Map<String, String> answers, LocalDate today,
                                  Predicate<String> attachmentExists, boolean identityWaived) {
        return validate(form, answers, today, attachmentExists, identityWaived, null);
    }

    /**
     * @param role who fills the form: a field {@link FormField#askedOf asked of} other roles is not asked, and an
     *             answer to it is dropped; {@code null} asks no such field
     */
    public static Result validate(FormDefinition form, Map<String, String> answers, LocalDate today,
                                  Predicate<String> attachmentExists, boolean identityWaived, Role role) {
        Map<String, String> raw = answers == null ? Map.of() : answers;
        Map<String, String> data = new LinkedHashMap<>();
        Map<String, String> seen = new java.util.HashMap<>();
        if (role != null) {
            seen.put(FormField.ROLE, role.name());
        }
        List<FieldError> errors = new ArrayList<>();
        for (FormField field : form.fields()) {
            if (!field.visibleFor(seen)) {
                continue;
            }
            String value = canonical(field.type(), raw.get(field.name()) == null ? "" : raw.get(field.name()).trim());
            if (value.isEmpty()) {
                boolean identity = field.type() == FieldType.NIK || field.type() == FieldType.KK;
                if (field.required() && !(identityWaived && identity)) {
                    errors.add(FieldError.of(field.name(), "required", field.label().id() + " wajib diisi.",
                            field.label().en() + " is required."));
                }
                continue;
            }
            FieldError error = check(field, value, today, attachmentExists);
            if (error != null) {
                errors.add(error);
            } else {
                data.put(field.name(), normalise(field, value));
                seen.put(field.name(), data.get(field.name()));
            }
        }
        return new Result(data, errors);
    }

    /**
     * Numbers in their one {@link Digits} form before any rule or check sees them: a NIK typed in fullwidth or
     * Arabic-Indic digits is the same NIK as in ASCII for claim-once, double aid and every later lookup.
     */
    private static String canonical(FieldType type, String value) {
        return switch (type) {
            case NIK, KK, PHONE, BANK_ACCOUNT, RUPIAH, NUMBER -> Digits.canonical(value);
            case DATE -> Digits.fold(value);
            default -> value;
        };
    }

    private static FieldError check(FormField f, String value, LocalDate today, Predicate<String> attachmentExists) {
        String name = f.name();
        String label = f.label().id();
        String labelEn = f.label().en();
        return switch (f.type()) {
            case NIK -> identity(name, NikValidator.nik(value, today));
            case KK -> identity(name, NikValidator.kk(value));
            case DATE -> date(f, value, today);
            case RUPIAH, NUMBER -> number(f, value.replace("Rp", ""));
            case PHONE -> value.matches("(\\+62|62|0)8\\d{7,12}") ? null
                    : FieldError.of(name, "phone", label + ": nomor HP tidak valid (contoh 081234567890).",
                    labelEn + ": not a valid mobile number (e.g. 081234567890).");
            case CHOICE -> f.choices().stream().map(Choice::value).anyMatch(value::equals) ? null
                    : FieldError.of(name, "choice", label + ": pilih salah satu pilihan.", labelEn + ": pick one of the options.");
            case YES_NO -> value.equals("true") || value.equals("false") ? null
                    : FieldError.of(name, "yes-no", label + ": jawab Ya atau Tidak.", labelEn + ": answer Yes or No.");
            case TEXT -> text(f, value);
            case ATTACHMENT -> attachmentExists.test(value) ? null
                    : FieldError.of(name, "attachment", label + ": foto/berkas belum terunggah. Silakan ulangi.",
                    labelEn + ": the photo/file was not uploaded. Please try again.");
            case BANK_ACCOUNT -> account(f, value);
        };
    }

    private static FieldError account(FormField f, String digits) {
        long min = f.min() == null ? 6 : f.min();
        long max = f.max() == null ? 20 : f.max();
        return digits.matches("\\d+") && digits.length() >= min && digits.length() <= max ? null
                : FieldError.of(f.name(), "bank-account", f.label().id() + " harus " + min + "–" + max + " angka.",
                f.label().en() + " must have " + min + "–" + max + " digits.");
    }

    private static FieldError identity(String field, IdentityCheck check) {
        if (check.valid()) {
            return null;
        }
        var first = check.problems().get(0);
        return new FieldError(field, first.code(), first.message());
    }

    private static FieldError date(FormField f, String value, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return FieldError.of(f.name(), "date", f.label().id() + ": tanggal tidak valid.", f.label().en() + ": not a valid date.");
        }
        if (f.dates() == FormField.DateRule.NOT_IN_FUTURE && date.isAfter(today)) {
            return FieldError.of(f.name(), "date-future", f.label().id() + " tidak boleh setelah hari ini.",
                    f.label().en() + " cannot be after today.");
        }
        if (f.dates() == FormField.DateRule.NOT_IN_PAST && date.isBefore(today)) {
            return FieldError.of(f.name(), "date-past", f.label().id() + " tidak boleh sebelum hari ini.",
                    f.label().en() + " cannot be before today.");
        }
        return null;
    }

    private static FieldError number(FormField f, String digits) {
        if (!digits.matches("\\d{1,15}")) {
            return FieldError.of(f.name(), "number", f.label().id() + " harus berupa angka.", f.label().en() + " must be a number.");
        }
        long n = Long.parseLong(digits);
        if (f.min() != null && n < f.min() || f.max() != null && n > f.max()) {
            return FieldError.of(f.name(), "range", f.label().id() + " harus antara " + bound(f.min()) + " dan " + bound(f.max()) + ".",
                    f.label().en() + " must be between " + bound(f.min()) + " and " + bound(f.max()) + ".");
        }
        return null;
    }

    private static String bound(Long b) {
        return b == null ? "-" : b.toString();
    }

    private static FieldError text(FormField f, String value) {
        long max = f.max() == null ? MAX_TEXT : f.max();
        long min = f.min() == null ? 0 : f.min();
        if (value.length() > max) {
            return FieldError.of(f.name(), "too-long", f.label().id() + " terlalu panjang (paling banyak " + max + " huruf).",
                    f.label().en() + " is too long (at most " + max + " characters).");
        }
        if (value.length() < min) {
            return FieldError.of(f.name(), "too-short", f.label().id() + " terlalu pendek (paling sedikit " + min + " huruf).",
                    f.label().en() + " is too short (at least " + min + " characters).");
        }
        return null;
    }

    private static String normalise(FormField f, String value) {
        return switch (f.type()) {
            case RUPIAH, NUMBER -> Long.toString(Long.parseLong(value.replace("Rp", "")));
            default -> value;
        };
    }
}
