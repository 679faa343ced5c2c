package io.kopilka.api.mechanic;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A loyalty mechanic (bonus accrual, discount ladder, ...). Register it as a DS service with the property
 * {@value #ID_PROPERTY}{@code =<id>}. It must be pure: given the same program and evaluation it adds the same effects,
 * and it touches nothing else (processing runs {@code calculate} with no side effects and repeats it at commit).
 */
@ConsumerType
public interface Mechanic {

    /** The service property naming the mechanic; programs refer to it by this id. */
    String ID_PROPERTY = "kopilka.mechanic";

    /** The parameters a program of this mechanic takes; programs are validated against it when saved. */
    ParameterSchema schema();

    /**
     * Checks, when a program is saved, what the schema cannot express (parameters that depend on each other, the
     * format of list items). Throw {@link io.kopilka.api.InvalidInputException} naming the parameter as a path within
     * the parameters ({@code levels[1].threshold}); any other exception refuses the program too, with its message.
     * The default accepts everything the schema accepted.
     */
    default void validate(Parameters parameters) {
    }

    /** Adds this program's effects to the evaluation for one phase; phases it has nothing for are ignored. */
    void apply(Phase phase, ProgramInstance program, Evaluation evaluation);
}
