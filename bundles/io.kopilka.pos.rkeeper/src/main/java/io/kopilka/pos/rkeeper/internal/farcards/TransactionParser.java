package io.kopilka.pos.rkeeper.internal.farcards;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.kopilka.api.Amounts;

/**
 * Reads a TransactionsEx request. Its official format was not readable (doc §3.2), so this follows the doc's
 * fallback: every element outside {@code INPBUF} that has {@code Card}, {@code Kind} and {@code Summa} (or
 * {@code Sum}) attributes, whatever its name, is a transaction record (T4 sends {@code <TransactionsEx .../>} under
 * {@code <Transactions>}); attribute names are matched case-insensitively with the aliases below; the receipt is read
 * from {@code INPBUF}. Money fields must be integer kopecks, and no record at all is an error: failing closed keeps
 * an unrecognised format from being "applied" as an empty batch.
 */
final class TransactionParser {

    private static final long MAX_DWORD = 0xFFFF_FFFFL;
    private static final LocalDate DELPHI_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final String[] AMOUNT = {"Summa", "Sum"};
    private static final String[] UNIT = {"RKUnit", "RKUni", "UnitNo"};

    private final ReceiptParser receipts;

    TransactionParser(ReceiptParser receipts) {
        this.receipts = receipts;
    }

    TransactionBatch parse(XmlElement root) throws FarCardsProtocolException {
        List<XmlElement> records = root.collect(TransactionParser::isRecord, e -> e.is("INPBUF"));
        if (records.isEmpty()) {
            throw FarCardsProtocolException.invalid("transaction records", "not found (Card, Kind and Summa)");
        }
        List<FarCardsTransaction> transactions = new ArrayList<>(records.size());
        for (XmlElement record : records) {
            transactions.add(transaction(transactions.size() + 1, record));
        }
        Optional<XmlElement> inpBuf = root.is("INPBUF") ? Optional.of(root) : root.descendant("INPBUF");
        Optional<Receipt> receipt = inpBuf.flatMap(receipts::parse);
        return new TransactionBatch(transactions, receipt, key(transactions, receipt));
    }

    private static boolean isRecord(XmlElement e) {
        return e.attribute("Card").isPresent() && e.attribute("Kind").isPresent() && e.attribute(AMOUNT).isPresent();
    }

    private static FarCardsTransaction transaction(int num, XmlElement e) throws FarCardsProtocolException {
        String at = " of transaction " + num;
        long kindCode = Numbers.parse(e.attributeOrEmpty("Kind"), "Kind" + at, 0, 3);
        List<FarCardsTransaction.Vat> vat = new ArrayList<>();
        for (char letter = 'A'; letter <= 'H'; letter++) {
            Optional<String> sum = e.attribute("VatSum" + letter);
            Optional<String> rate = e.attribute("VatPrc" + letter);
            if (sum.isPresent() || rate.isPresent()) {
                vat.add(new FarCardsTransaction.Vat(letter,
                        Numbers.parse(sum.orElse("0"), "VatSum" + letter + at, -Amounts.MAX_MINOR, Amounts.MAX_MINOR),
                        Numbers.parse(rate.orElse("0"), "VatPrc" + letter + at, 0, 0xFFFF)));
            }
        }
        return new FarCardsTransaction(num,
                Numbers.parse(e.attributeOrEmpty("Card"), "Card" + at, 0, Long.MAX_VALUE),
                optional(e, "PersonID" + at, Long.MIN_VALUE, Long.MAX_VALUE, "PersonID", "Person"),
                optional(e, "Account" + at, 0, MAX_DWORD, "Account"),
                TransactionKind.fromCode(kindCode).orElseThrow(),
                Numbers.parse(e.attributeOrEmpty(AMOUNT), "Summa" + at, -Amounts.MAX_MINOR, Amounts.MAX_MINOR),
                optional(e, "Restaurant" + at, 0, MAX_DWORD, "Restaurant"),
                businessDate(e.attributeOrEmpty("RKDate", "Date")),
                optional(e, "RKUni" + at, 0, MAX_DWORD, UNIT),
                optional(e, "RKCheck" + at, 0, MAX_DWORD, "RKCheck", "CheckNum"),
                vat, e.attributes());
    }

    /** The attribute as an integer, 0 when absent. */
    private static long optional(XmlElement e, String field, long min, long max, String... names)
            throws FarCardsProtocolException {
        Optional<String> raw = e.attribute(names);
        return raw.isEmpty() ? 0 : Numbers.parse(raw.get(), field, min, max);
    }

    /** Days since 1899-12-30 (the DLL's DWORD, T1) or a leading yyyy-MM-dd (T4); empty if neither. Never fails. */
    static Optional<LocalDate> businessDate(String raw) {
        String text = raw.trim();
        try {
            if (!text.isEmpty() && text.length() <= 7 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.of(DELPHI_EPOCH.plusDays(Long.parseLong(text)));
            }
            if (ISO_DATE.matcher(text).matches()) {
                return Optional.of(LocalDate.parse(text.substring(0, 10)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String key(List<FarCardsTransaction> transactions, Optional<Receipt> receipt) {
        StringBuilder canonical = new StringBuilder("farcards-batch-v1");
        CheckData data = receipt.map(Receipt::data).orElse(CheckData.EMPTY);
        part(canonical, data.checkGuid());
        part(canonical, data.orderGuid());
        part(canonical, receipt.map(r -> r.chmode().isPresent() ? String.valueOf(r.chmode().getAsInt()) : "")
                .orElse(""));
        for (FarCardsTransaction t : transactions) {
            part(canonical, String.valueOf(t.restaurant()));
            part(canonical, rawDate(t));
            part(canonical, String.valueOf(t.unitNo()));
            part(canonical, String.valueOf(t.checkNumber()));
            part(canonical, String.valueOf(t.cardCode()));
            part(canonical, String.valueOf(t.kind().code()));
            part(canonical, String.valueOf(t.amountKopecks()));
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private static String rawDate(FarCardsTransaction t) {
        for (String name : new String[] {"RKDate", "Date"}) {
            for (var attribute : t.attributes().entrySet()) {
                if (attribute.getKey().equalsIgnoreCase(name)) {
                    return attribute.getValue().trim();
                }
            }
        }
        return "";
    }

    /** Length-prefixed, so no value can imitate a separator. */
    private static void part(StringBuilder canonical, String value) {
        canonical.append('|').append(value.length()).append(':').append(value);
    }
}
