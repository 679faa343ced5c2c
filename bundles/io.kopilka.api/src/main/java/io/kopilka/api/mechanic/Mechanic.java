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

    /** Adds this program's effects to the evaluation for one phase; phases it has nothing for are ignored. */
    void apply(Phase phase, ProgramInstance program, Evaluation evaluation);
}
