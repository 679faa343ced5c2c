package io.kopilka.pos.rkeeper.internal.farcards;

/**
 * Writes the FindEmail, GetCardImageEx and LicenseInfo answers and the generic error answer, in V1's
 * {@code <Root><Function .../></Root>} shape.
 */
final class SimpleAnswers {

    private SimpleAnswers() {
    }

    /** V1: {@code <FindEmail Account CardCode Name Result="0"/>}. */
    static byte[] emailFound(EmailMatch match) {
        return new XmlWriter().start("Root").start("FindEmail").attribute("Account", match.account())
                .attribute("CardCode", match.cardCode()).attribute("Name", Texts.fit(match.name(), Texts.NAME))
                .attribute("Result", 0).end("FindEmail").end("Root").toBytes();
    }

    /** V1: {@code <FindEmail ErrorText="Email not found" Result="1"/>}. */
    static byte[] emailNotFound() {
        return new XmlWriter().start("Root").start("FindEmail").attribute("ErrorText", "Email not found")
                .attribute("Result", 1).end("FindEmail").end("Root").toBytes();
    }

    /** V1: {@code <GetCardImageEx ErrorText="Card or image not found"/>} (V1 writes no Result here). */
    static byte[] imageNotFound() {
        return new XmlWriter().start("Root").start("GetCardImageEx").attribute("ErrorText", "Card or image not found")
                .end("GetCardImageEx").end("Root").toBytes();
    }

    /** LicenseInfo acknowledged: {@code <Root/>} (INF; V1 answers nothing). */
    static byte[] licenseAcknowledged() {
        return new XmlWriter().start("Root").end("Root").toBytes();
    }

    /**
     * The error answer of FindEmail, GetCardImageEx, LicenseInfo and an unknown function ({@code element} "Error"):
     * {@code <Element ErrorCode ErrorText Result="1"/>}; {@code ErrorText} is V1's attribute name.
     */
    static byte[] error(String element, int code, String text) {
        return new XmlWriter().start("Root").start(element).attribute("ErrorCode", code).attribute("ErrorText", text)
                .attribute("Result", 1).end(element).end("Root").toBytes();
    }
}
