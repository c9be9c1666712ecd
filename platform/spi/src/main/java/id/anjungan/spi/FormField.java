package id.anjungan.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One question of a generated kiosk form. Create with the static factories and refine with the
 * {@code with…} methods, e.g. {@code FormField.of("phone", FieldType.PHONE, label).optional()}.
 *
 * @param name key of the answer in the submitted data
 * @param type what is asked
 * @param label question shown (and read aloud)
 * @param help optional hint under the question
 * @param required whether an answer is needed (only when the field is visible)
 * @param choices options of a {@link FieldType#CHOICE}
 * @param min smallest number, amount, or text length; {@code null} for none
 * @param max largest number, amount, or text length; {@code null} for none
 * @param dates which dates are allowed for a {@link FieldType#DATE}
 * @param visibleWhen when the field is asked at all; {@code null} for always
 */
public record FormField(String name, FieldType type, Text label, Text help, boolean required, List<Choice> choices,
                        Long min, Long max, DateRule dates, Condition visibleWhen) {

    /**
     * The name a {@link Condition} may give instead of a field's to ask a question only of some roles: the platform
     * and the kiosk read it as the {@link Role} name of whoever fills the form. Use {@link #askedOf(Role...)}.
     */
    public static final String ROLE = "@role";

    /** Which dates a date field accepts. */
    public enum DateRule { ANY, NOT_IN_FUTURE, NOT_IN_PAST }

    public FormField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        choices = choices == null ? List.of() : List.copyOf(choices);
        dates = dates == null ? DateRule.ANY : dates;
        if (type == FieldType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice field " + name + " needs choices");
        }
    }

    /** A required field. */
    public static FormField of(String name, FieldType type, Text label) {
        return new FormField(name, type, label, null, true, List.of(), null, null, DateRule.ANY, null);
    }

    /** A required choice field. */
    public static FormField choice(String name, Text label, Choice... choices) {
        return new FormField(name, FieldType.CHOICE, label, null, true, Arrays.asList(choices), null, null,
                DateRule.ANY, null);
    }

    public FormField optional() {
        return new FormField(name, type, label, help, false, choices, min, max, dates, visibleWhen);
    }

    public FormField withHelp(Text hint) {
        return new FormField(name, type, label, hint, required, choices, min, max, dates, visibleWhen);
    }

    public FormField withRange(Long lowest, Long highest) {
        return new FormField(name, type, label, help, required, choices, lowest, highest, dates, visibleWhen);
    }

    public FormField withDates(DateRule rule) {
        return new FormField(name, type, label, help, required, choices, min, max, rule, visibleWhen);
    }

    /** Ask this field only when {@code field} holds one of {@code values}. */
    public FormField when(String field, String... values) {
        return new FormField(name, type, label, help, required, choices, min, max, dates,
                new Condition(field, java.util.Set.of(values)));
    }

    /**
     * Ask this field only of {@code roles}, e.g. a question only a PSM or TKSK can answer; a resident filling the form
     * alone is not asked it. Replaces a {@link #when} condition (a field has one).
     */
    public FormField askedOf(Role... roles) {
        return when(ROLE, Arrays.stream(roles).map(Role::name).toArray(String[]::new));
    }

    /** Whether the field is asked given the answers so far. */
    public boolean visibleFor(java.util.Map<String, String> data) {
        return visibleWhen == null || visibleWhen.holds(data);
    }
}
