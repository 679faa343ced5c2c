package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.List;

/**
 * Writes TransactionsEx answers: V1's {@code <Root><TransactionsEx Result="0|1"/></Root>}, carrying, when there is
 * something to report, the vendor's TRRESPONSE (T2) inside {@code <OutBuf OutKind="1">}, which is T4's carriage
 * (how ExtDllHTTP carries OutBuf is not documented). A failure always carries a TRRESPONSE with a non-zero
 * {@code error_code}, as T2 recommends for protocol 30 (FarCards 6.04+, the minimum S1 requires).
 */
final class TransactionsAnswers {

    /** The DLL's OutBuf holds at most 150 KB (T1). */
    static final int MAX_OUT_BUF = 150 * 1024;
    private static final String ELEMENT = "TransactionsEx";
    private static final int MAX_NOTE = 4096;

    private TransactionsAnswers() {
    }

    /** {@code Result="0"}; with a TRRESPONSE if the result has a note, a document or a per-transaction report. */
    static byte[] applied(TransactionBatch batch, BatchResult result) {
        XmlWriter response = trResponse(batch, result, true);
        if (response.bodyLength() > MAX_OUT_BUF) {
            response = trResponse(batch, result, false);
        }
        XmlWriter w = new XmlWriter().start("Root").start(ELEMENT).attribute("Result", 0);
        if (response.bodyLength() > 0) {
            w.start("OutBuf").attribute("OutKind", 1).fragment(response).end("OutBuf");
        }
        return w.end(ELEMENT).end("Root").toBytes();
    }

    /**
     * {@code Result="1"} with {@code ErrorCode}/{@code ErrorText} and TRRESPONSE {@code error_code}/{@code err_text}.
     */
    static byte[] failed(int code, String text) {
        XmlWriter response = new XmlWriter().start("TRRESPONSE").attribute("error_code", code)
                .attribute("err_text", text).end("TRRESPONSE");
        return new XmlWriter().start("Root").start(ELEMENT).attribute("ErrorCode", code).attribute("ErrorText", text)
                .attribute("Result", 1).start("OutBuf").attribute("OutKind", 1).fragment(response).end("OutBuf")
                .end(ELEMENT).end("Root").toBytes();
    }

    /** The TRRESPONSE fragment, empty when there is nothing to say; without details when they would not fit. */
    private static XmlWriter trResponse(TransactionBatch batch, BatchResult result, boolean details) {
        XmlWriter w = new XmlWriter();
        List<FarCardsTransaction> transactions = batch.transactions();
        boolean reports = details && (result.printDocument().isPresent() || result.outcomes().stream()
                .anyMatch(o -> o instanceof TransactionOutcome.Accepted a && a.hasReport()));
        String note = Texts.fit(details ? result.note() : (result.note() + " (details omitted: over 150 KB)").trim(),
                MAX_NOTE);
        if (!reports && note.isEmpty()) {
            return w;
        }
        w.start("TRRESPONSE");
        if (!note.isEmpty()) {
            w.attribute("err_text", note);
        }
        if (reports) {
            for (int i = 0; i < transactions.size(); i++) {
                if (result.outcomes().get(i) instanceof TransactionOutcome.Accepted a && a.hasReport()) {
                    transaction(w, transactions.get(i), a);
                }
            }
            result.printDocument().ifPresent(d -> printDocument(w, d));
        }
        return w.end("TRRESPONSE");
    }

    private static void transaction(XmlWriter w, FarCardsTransaction t, TransactionOutcome.Accepted a) {
        w.start("TRANSACTION").attribute("cardcode", t.cardCode()).attribute("num", t.num());
        if (a.lineUni() != 0) {
            w.attribute("uni", a.lineUni()).attribute("linetag", a.lineTag());
        }
        if (!a.extId().isEmpty()) {
            w.attribute("ext_id", a.extId());
        }
        if (!a.slip().isEmpty()) {
            w.attribute("slip", a.slip());
        }
        if (a.subAccount() != 0) {
            w.attribute("subaccount", a.subAccount());
        }
        a.value().ifPresent(v -> w.attribute("value", v));
        if (!a.extInfo().isEmpty()) {
            w.attribute("extinfo", a.extInfo());
        }
        w.end("TRANSACTION");
    }

    private static void printDocument(XmlWriter w, PrintDocument d) {
        w.start("PRINTDOCUMENT").attribute("code", d.code()).attribute("cardcode", d.cardCode())
                .start("DOCUMENTDATA");
        for (int i = 0; i < d.texts().size(); i++) {
            String name = String.format("TEXT%02d", i);
            w.start(name).text(d.texts().get(i)).end(name);
        }
        w.end("DOCUMENTDATA").end("PRINTDOCUMENT");
    }
}
