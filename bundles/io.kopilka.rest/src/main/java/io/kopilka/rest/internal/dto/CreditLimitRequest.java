package io.kopilka.rest.internal.dto;

import java.math.BigDecimal;

/** Sets a guest's credit limit. */
public record CreditLimitRequest(BigDecimal creditLimit) {
}
