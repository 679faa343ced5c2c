package io.kopilka.pos.rkeeper.sim;

import java.time.LocalDate;
import java.util.List;

/**
 * Builds the FarCards-HTTP request bodies ExtDllHTTP.dll posts. GetCardInfoEx is the official shape (S1):
 * {@code <ROOT><QRY Card Restaurant UnitNo><INPBUF>}receipt{@code </INPBUF></QRY></ROOT>}. TransactionsEx has no
 * readable official example; this follows the only concrete one, the third-party T4:
 * {@code <ROOT><Transactions><TransactionsEx Card PersonID Account Kind Summa Restaurant RKDate RKUni RKCheck
 * VatSumA VatPrcA …/>…</Transactions><InpBuf InpKind="1">}receipt{@code </InpBuf></ROOT>}, RKDate as
 * {@code yyyy-MM-ddTHH-mm-ss}, amounts in signed kopecks (T1). Self-contained: shares no class with the server.
 */
public final class FarCardsRequests {

    /** Transaction kinds (T1): 0 payment from the card, 1 discount, 2 bonus, 3 guest's own money. */
    public static final int PAYMENT = 0;
    public static final int DISCOUNT = 1;
    public static final int BONUS = 2;
    public static final int GUEST_SPEND = 3;

    /**
     * One transaction record (T1 field names as T4 writes them). Signs per T1: a payment from the card and a
     * discount are negative, a bonus and the guest's spend positive; a cancellation has the opposite sign.
     */
    public record Transaction(long card, long personId, long account, int kind, long summaKopecks, int restaurant,
            LocalDate rkDate, int rkUni, long rkCheck, long vatSumA, int vatPrcA) {

        /** The same record with the opposite sign, as a refund or rollback sends it. */
        public Transaction reversed() {
            return new Transaction(card, personId, account, kind, -summaKopecks, restaurant, rkDate, rkUni, rkCheck,
                    -vatSumA, vatPrcA);
        }
    }

    private FarCardsRequests() {
    }

    /** A GetCardInfoEx request; {@code check} may be {@code null} (no input buffer, InpKind 0). */
    public static String getCardInfoEx(long card, int restaurant, int unitNo, CheckXml check) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ROOT>\n<QRY");
        XmlText.attr(xml, "Card", card);
        XmlText.attr(xml, "Restaurant", restaurant);
        XmlText.attr(xml, "UnitNo", unitNo);
        if (check == null) {
            return xml.append("/>\n</ROOT>\n").toString();
        }
        xml.append(">\n<INPBUF>\n").append(check.toXml()).append("</INPBUF>\n</QRY>\n</ROOT>\n");
        return xml.toString();
    }

    /** A TransactionsEx request with the receipt. */
    public static String transactionsEx(List<Transaction> transactions, CheckXml check) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ROOT>\n<Transactions>\n");
        for (Transaction t : transactions) {
            xml.append("<TransactionsEx");
            XmlText.attr(xml, "Card", t.card());
            XmlText.attr(xml, "PersonID", t.personId());
            XmlText.attr(xml, "Account", t.account());
            XmlText.attr(xml, "Kind", t.kind());
            XmlText.attr(xml, "Summa", t.summaKopecks());
            XmlText.attr(xml, "Restaurant", t.restaurant());
            XmlText.attr(xml, "RKDate", t.rkDate() + "T00-00-00");
            XmlText.attr(xml, "RKUni", t.rkUni());
            XmlText.attr(xml, "RKCheck", t.rkCheck());
            XmlText.attr(xml, "VatSumA", t.vatSumA());
            XmlText.attr(xml, "VatPrcA", t.vatPrcA());
            xml.append("/>\n");
        }
        xml.append("</Transactions>\n<InpBuf InpKind=\"1\">\n").append(check.toXml()).append("</InpBuf>\n</ROOT>\n");
        return xml.toString();
    }
}
