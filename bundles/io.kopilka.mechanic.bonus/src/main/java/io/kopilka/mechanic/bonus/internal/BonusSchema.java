package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.api.mechanic.ParameterSpec.optional;
import static io.kopilka.api.mechanic.ParameterSpec.required;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import io.kopilka.api.mechanic.AccrualBase;
import io.kopilka.api.mechanic.ParameterSchema;
import io.kopilka.api.mechanic.ParameterSpec;
import io.kopilka.api.mechanic.ParameterType;

/** The parameter names of the bonus mechanic and the schema programs are validated against when saved. */
final class BonusSchema {

    static final String PERCENT = "percent";
    static final String PROGRESSIVE = "progressive";
    static final String GROUP_RATES = "groupRates";
    static final String POINTS_PER_STEP = "pointsPerStep";
    static final String STEP = "step";
    static final String MULTIPLIERS = "multipliers";
    static final String PAYMENT_RULES = "paymentRules";
    static final String CASHIER_RULES = "cashierRules";
    static final String EVERY_NTH = "everyNth";
    static final String EVERY_NTH_POINTS = "everyNthPoints";
    static final String RECEIPT_OVER = "receiptOver";
    static final String RECEIPT_OVER_POINTS = "receiptOverPoints";
    static final String ACCRUAL_BASE = "accrualBase";
    static final String ROUNDING = "rounding";
    static final String MAX_SHARE = "maxShare";
    static final String MIN_REDEMPTION = "minRedemption";
    static final String REDEMPTION_MULTIPLE = "redemptionMultiple";
    static final String ACTIVATION_DAYS = "activationDays";
    static final String EXPIRY = "expiry";
    static final String EXPIRY_DAYS = "expiryDays";
    static final String EXPIRY_DATES = "expiryDates";

    static final String FROM = "from";
    static final String TO = "to";
    static final String GROUP = "group";
    static final String DAYS = "days";
    static final String FACTOR = "factor";
    static final String METHOD = "method";
    static final String CASHIER = "cashier";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ONE_KOPECK = new BigDecimal("0.01");

    static final ParameterSchema SCHEMA = new ParameterSchema(Stream.of(rates(), factors(), triggers(), accrual(),
            redemption(), lots()).flatMap(List::stream).toList());

    private BonusSchema() {
    }

    private static List<ParameterSpec> rates() {
        return List.of(
                percent(optional(PERCENT, ParameterType.DECIMAL, "Base accrual percent", BigDecimal.ZERO)),
                optional(PROGRESSIVE, ParameterType.OBJECT_LIST,
                        "Percent by the receipt's total base: the highest 'from' not above it applies", null)
                        .of(ParameterSchema.of(money(required(FROM, ParameterType.MONEY, "Total base from, money")),
                                percent(required(PERCENT, ParameterType.DECIMAL, "Percent from there on")))),
                optional(GROUP_RATES, ParameterType.OBJECT_LIST, "Percent for lines of a product group", null)
                        .of(ParameterSchema.of(required(GROUP, ParameterType.STRING, "Product group"),
                                percent(required(PERCENT, ParameterType.DECIMAL, "Percent for its lines")))),
                money(optional(POINTS_PER_STEP, ParameterType.MONEY, "Points for each full step of the base",
                        null)),
                positiveMoney(optional(STEP, ParameterType.MONEY, "The step of the base, money", null)));
    }

    private static List<ParameterSpec> factors() {
        return List.of(
                optional(MULTIPLIERS, ParameterType.OBJECT_LIST,
                        "Time-of-day multipliers; the highest matching applies", null).of(ParameterSchema.of(
                                optional(DAYS, ParameterType.STRING_LIST,
                                        "Days of week (MONDAY...); empty: every day", List.of()),
                                optional(FROM, ParameterType.TIME, "From (inclusive), HH:mm; none: 00:00", null),
                                optional(TO, ParameterType.TIME, "To (exclusive), HH:mm; none: end of day", null),
                                factor(required(FACTOR, ParameterType.DECIMAL, "Multiplier")))),
                optional(PAYMENT_RULES, ParameterType.OBJECT_LIST, "Factor for the share paid by a payment method",
                        null).of(ParameterSchema.of(
                                required(METHOD, ParameterType.STRING, "Payment method (certificate)"),
                                factor(required(FACTOR, ParameterType.DECIMAL, "Factor; 0: no bonus on it")))),
                optional(CASHIER_RULES, ParameterType.OBJECT_LIST, "Factor for receipts of a cashier", null)
                        .of(ParameterSchema.of(
                                required(CASHIER, ParameterType.STRING, "Cashier as the POS names them"),
                                factor(required(FACTOR, ParameterType.DECIMAL, "Factor")))));
    }

    private static List<ParameterSpec> triggers() {
        return List.of(
                optional(EVERY_NTH, ParameterType.INTEGER, "Every n-th purchase of a guest earns extra points", null)
                        .range(BigDecimal.ONE, null),
                money(optional(EVERY_NTH_POINTS, ParameterType.MONEY, "Extra points of the n-th purchase", null)),
                money(optional(RECEIPT_OVER, ParameterType.MONEY,
                        "A total base from which extra points are earned", null)),
                money(optional(RECEIPT_OVER_POINTS, ParameterType.MONEY, "Extra points of such a receipt", null)));
    }

    private static List<ParameterSpec> accrual() {
        return List.of(
                optional(ACCRUAL_BASE, ParameterType.ENUM, "What bonus is accrued on",
                        AccrualBase.AFTER_REDEMPTION.name()).allowing(names(AccrualBase.values())),
                optional(ROUNDING, ParameterType.ENUM, "Rounding of the percentage accrual", Rounding.DOWN.name())
                        .allowing(names(Rounding.values())));
    }

    private static List<ParameterSpec> redemption() {
        return List.of(
                optional(MAX_SHARE, ParameterType.OBJECT_LIST, "Most of a line payable with points", null)
                        .of(ParameterSchema.of(
                                optional(GROUP, ParameterType.STRING, "Product group; none: others", null),
                                percent(required(PERCENT, ParameterType.DECIMAL, "Share payable, percent")))),
                money(optional(MIN_REDEMPTION, ParameterType.MONEY, "Smallest redemption, money", null)),
                positiveMoney(optional(REDEMPTION_MULTIPLE, ParameterType.MONEY, "Redemption multiple, money",
                        null)));
    }

    private static List<ParameterSpec> lots() {
        return List.of(
                optional(ACTIVATION_DAYS, ParameterType.INTEGER, "Days until accrued points activate", 0L)
                        .range(BigDecimal.ZERO, null),
                optional(EXPIRY, ParameterType.ENUM, "When accrued points expire", ExpiryMode.NONE.name())
                        .allowing(names(ExpiryMode.values())),
                optional(EXPIRY_DAYS, ParameterType.INTEGER, "Days to expiry (AFTER_ACCRUAL, AFTER_LAST_PURCHASE)",
                        null).range(BigDecimal.ONE, null),
                optional(EXPIRY_DATES, ParameterType.STRING_LIST, "Yearly expiry dates --MM-DD (FIXED_DATES)",
                        List.of()));
    }

    private static ParameterSpec percent(ParameterSpec spec) {
        return spec.range(BigDecimal.ZERO, HUNDRED);
    }

    private static ParameterSpec factor(ParameterSpec spec) {
        return spec.range(BigDecimal.ZERO, null);
    }

    private static ParameterSpec money(ParameterSpec spec) {
        return spec.range(BigDecimal.ZERO, null);
    }

    private static ParameterSpec positiveMoney(ParameterSpec spec) {
        return spec.range(ONE_KOPECK, null);
    }

    private static String[] names(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return names;
    }
}
