package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.mechanic.bonus.internal.TestParameters.dec;
import static io.kopilka.mechanic.bonus.internal.TestParameters.list;
import static io.kopilka.mechanic.bonus.internal.TestParameters.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.kopilka.api.processing.Payment;
import org.junit.jupiter.api.Test;

class PaymentFactorsTest {

    private final PaymentFactors noBonusOnCertificates = PaymentFactors.from(params("paymentRules", list(
            params("method", "certificate", "factor", dec("0")))));

    @Test
    void certificateShareEarnsNothing() {
        Ratio ratio = noBonusOnCertificates.ratio(List.of(new Payment("card", 60_000),
                new Payment("Certificate", 40_000)));
        assertEquals(0, dec("60000").compareTo(ratio.numerator()));
        assertEquals(0, dec("100000").compareTo(ratio.denominator()));
    }

    @Test
    void allByCertificateIsZero() {
        Ratio ratio = noBonusOnCertificates.ratio(List.of(new Payment("certificate", 100_000)));
        assertEquals(0, ratio.numerator().signum());
    }

    @Test
    void otherMethodsAndNoPaymentsAreOne() {
        assertTrue(noBonusOnCertificates.ratio(List.of(new Payment("cash", 500), new Payment("card", 700))).isOne());
        assertTrue(noBonusOnCertificates.ratio(List.of()).isOne());
        assertTrue(PaymentFactors.from(params()).ratio(List.of(new Payment("certificate", 100))).isOne());
    }

    @Test
    void factorsAboveOneWeighTheirShare() {
        PaymentFactors cardBoost = PaymentFactors.from(params("paymentRules", list(
                params("method", "card", "factor", dec("1.5")))));
        Ratio ratio = cardBoost.ratio(List.of(new Payment("card", 500), new Payment("cash", 500)));
        assertEquals(0, dec("1250").compareTo(ratio.numerator()));
        assertEquals(0, dec("1000").compareTo(ratio.denominator()));
    }
}
