package io.kopilka.pos.rkeeper.internal.farcards;

/**
 * Writes GetCardInfoEx answers in V1's shape: {@code <Root><GetCardInfoEx .../></Root>}, one attribute per field of
 * the DLL {@code Info} structure in V1's order, {@code Result} last. Unlike V1, which writes only the fields present
 * in its data, every field is written, so nothing depends on how the DLL defaults a missing one.
 */
final class CardInfoAnswers {

    private static final String ELEMENT = "GetCardInfoEx";

    private CardInfoAnswers() {
    }

    /** {@code Result="0"} with the card's fields. */
    static byte[] found(CardInfo info) {
        return write(info, 0);
    }

    /** {@code <Root><GetCardInfoEx Result="1"/></Root>}: the card does not exist (V1, T1). */
    static byte[] notFound() {
        return new XmlWriter().start("Root").start(ELEMENT).attribute("Result", 1).end(ELEMENT).end("Root")
                .toBytes();
    }

    /** An existing card that must not be used: {@code Locked="1"}, the reason in {@code WhyLock}. */
    static byte[] blocked(String reason) {
        return write(CardInfo.builder().locked(reason).build(), 0);
    }

    /**
     * The error answer: not "no such card" ({@code Result="1"} means only that, T1) but a locked card whose
     * {@code WhyLock} tells the cashier what went wrong, as T4's client does on a transport error; plus
     * {@code ErrorCode}.
     */
    static byte[] error(int code, String text) {
        return write(CardInfo.builder().locked(text).build(), code);
    }

    private static byte[] write(CardInfo c, int errorCode) {
        XmlWriter w = new XmlWriter().start("Root").start(ELEMENT)
                .attribute("Deleted", c.deleted).attribute("Seize", c.seize).attribute("StopDate", c.expired)
                .attribute("Holy", c.notValidNow).attribute("Manager", c.managerConfirmation)
                .attribute("Locked", c.locked).attribute("WhyLock", Texts.fit(c.lockReason, Texts.MESSAGE))
                .attribute("Holder", Texts.fit(c.holder, Texts.NAME)).attribute("PersonID", c.personId)
                .attribute("Account", c.account).attribute("Unpay", c.unpayType).attribute("Bonus", c.bonusCode)
                .attribute("Discount", c.discountCode).attribute("DiscLimit", c.discountLimit)
                .attribute("Summa", c.balance);
        for (int n = CardInfo.FIRST_SUB_ACCOUNT; n <= CardInfo.LAST_SUB_ACCOUNT; n++) {
            w.attribute("Sum" + n, c.subAccount(n));
        }
        w.attribute("DopInfo", Texts.fit(c.extraInfo, Texts.MESSAGE))
                .attribute("ScrMessage", Texts.fit(c.screenMessage, Texts.MESSAGE))
                .attribute("PrnMessage", Texts.fit(c.printMessage, Texts.MESSAGE));
        if (errorCode != 0) {
            w.attribute("ErrorCode", errorCode);
        }
        return w.attribute("Result", 0).end(ELEMENT).end("Root").toBytes();
    }
}
