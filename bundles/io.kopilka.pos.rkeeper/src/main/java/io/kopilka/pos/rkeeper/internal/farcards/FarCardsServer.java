package io.kopilka.pos.rkeeper.internal.farcards;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The FarCards-HTTP protocol end to end: takes a raw request, parses it safely, asks the {@link FarCardsBackend}
 * and writes the answer. Never throws: malformed, oversized or hostile input, backend exceptions and invalid backend
 * answers all become the function's documented failure answer with a {@link FarCardsError} code (or a
 * {@link FarCardsRejection}'s own). Thread-safe if the backend is.
 */
public final class FarCardsServer {

    private static final int MAX_EMAIL = 254;

    private final FarCardsBackend backend;
    private final FarCardsLimits limits;
    private final SafeXmlParser parser;
    private final ReceiptParser receipts;
    private final TransactionParser transactions;

    /** Default limits, receipt money read as roubles. */
    public FarCardsServer(FarCardsBackend backend) {
        this(backend, FarCardsLimits.DEFAULT, ReceiptMoneyUnit.RUBLES);
    }

    public FarCardsServer(FarCardsBackend backend, FarCardsLimits limits, ReceiptMoneyUnit receiptUnit) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.parser = new SafeXmlParser(limits);
        this.receipts = new ReceiptParser(Objects.requireNonNull(receiptUnit, "receiptUnit"));
        this.transactions = new TransactionParser(receipts);
    }

    /** Serves one request; never throws, never returns null. */
    public FarCardsResponse handle(FarCardsRequest request) {
        try {
            return serve(request);
        } catch (RuntimeException e) {
            FarCardsError error = FarCardsError.INTERNAL_ERROR;
            return FarCardsResponse.xmlError(SimpleAnswers.error("Error", error.code(), error.displayText()),
                    error.code(), e.toString());
        }
    }

    private FarCardsResponse serve(FarCardsRequest request) {
        Optional<FarCardsFunction> function = FarCardsFunction.fromPath(request == null ? null : request.function());
        if (function.isEmpty()) {
            FarCardsError e = FarCardsError.UNKNOWN_FUNCTION;
            return FarCardsResponse.xmlError(SimpleAnswers.error("Error", e.code(), e.displayText()), e.code(),
                    "unknown function " + (request == null ? null : request.function()));
        }
        try {
            if (request.oversized() || request.bodyUnsafe().length > limits.maxBodyBytes()) {
                throw new FarCardsProtocolException(FarCardsError.TOO_LARGE, "body over " + limits.maxBodyBytes());
            }
            return dispatch(function.get(), request.bodyUnsafe());
        } catch (FarCardsProtocolException e) {
            return failure(function.get(), e.error().code(), e.error().displayText(), e.getMessage());
        } catch (FarCardsRejection e) {
            return failure(function.get(), e.errorCode(), Texts.orEmpty(e.getMessage()), "rejected by backend");
        } catch (Exception e) {
            FarCardsError error = FarCardsError.INTERNAL_ERROR;
            return failure(function.get(), error.code(), error.displayText(), e.toString());
        }
    }

    private FarCardsResponse dispatch(FarCardsFunction function, byte[] body) throws FarCardsProtocolException {
        return switch (function) {
            case GET_CARD_INFO_EX -> FarCardsResponse.xml(cardInfo(parser.parse(body)));
            case TRANSACTIONS_EX -> transactions(parser.parse(body));
            case FIND_EMAIL -> FarCardsResponse.xml(findEmail(parser.parse(body)));
            case GET_CARD_IMAGE_EX -> cardImage(parser.parse(body));
            case LICENSE_INFO -> licenseInfo(body);
        };
    }

    private byte[] cardInfo(XmlElement root) throws FarCardsProtocolException {
        XmlElement qry = qry(root);
        CardQuery query = new CardQuery(
                Numbers.parse(required(qry, "Card"), "QRY/@Card", 0, Long.MAX_VALUE),
                optionalNumber(qry, "Restaurant"), optionalNumber(qry, "UnitNo"),
                qry.child("INPBUF").flatMap(receipts::parse));
        CardLookup lookup = answered(backend.lookUpCard(query));
        if (lookup instanceof CardLookup.Found found) {
            return CardInfoAnswers.found(found.info());
        }
        if (lookup instanceof CardLookup.Blocked blocked) {
            return CardInfoAnswers.blocked(blocked.reason());
        }
        return CardInfoAnswers.notFound();
    }

    private FarCardsResponse transactions(XmlElement root) throws FarCardsProtocolException {
        TransactionBatch batch = transactions.parse(root);
        BatchResult result = answered(backend.applyTransactions(batch));
        if (result.outcomes().size() != batch.transactions().size()) {
            throw new FarCardsProtocolException(FarCardsError.INVALID_BACKEND_ANSWER, result.outcomes().size()
                    + " outcomes for " + batch.transactions().size() + " transactions");
        }
        Optional<TransactionOutcome.Refused> refusal = result.firstRefusal();
        if (refusal.isEmpty()) {
            return FarCardsResponse.xml(TransactionsAnswers.applied(batch, result));
        }
        int num = result.outcomes().indexOf(refusal.get()) + 1;
        String text = "Transaction " + num + ": " + refusal.get().reason();
        return FarCardsResponse.xmlError(TransactionsAnswers.failed(refusal.get().errorCode(), text),
                refusal.get().errorCode(), "batch refused: " + text);
    }

    private byte[] findEmail(XmlElement root) throws FarCardsProtocolException {
        String email = required(qry(root), "Email").trim();
        if (email.isEmpty() || email.length() > MAX_EMAIL) {
            throw FarCardsProtocolException.invalid("QRY/@Email", "must be 1.." + MAX_EMAIL + " characters");
        }
        Optional<EmailMatch> match = answered(backend.findByEmail(email));
        return match.map(SimpleAnswers::emailFound).orElseGet(SimpleAnswers::emailNotFound);
    }

    private FarCardsResponse cardImage(XmlElement root) throws FarCardsProtocolException {
        XmlElement qry = qry(root);
        String raw = qry.attribute("CardCode", "Card")
                .orElseThrow(() -> FarCardsProtocolException.invalid("QRY/@CardCode", "is required"));
        long card = Numbers.parse(raw, "QRY/@CardCode", 0, Long.MAX_VALUE);
        Optional<CardImage> image = answered(backend.cardImage(card));
        if (image.isEmpty()) {
            return FarCardsResponse.xml(SimpleAnswers.imageNotFound());
        }
        CardImageEncoder.Encoded encoded = CardImageEncoder.encode(answered(image.get()));
        return new FarCardsResponse(encoded.contentType(), encoded.bytes(), 0, "");
    }

    private FarCardsResponse licenseInfo(byte[] body) {
        backend.licenseNotice(new String(body, StandardCharsets.UTF_8));
        return FarCardsResponse.xml(SimpleAnswers.licenseAcknowledged());
    }

    private static FarCardsResponse failure(FarCardsFunction function, int code, String text, String detail) {
        byte[] body = switch (function) {
            case GET_CARD_INFO_EX -> CardInfoAnswers.error(code, text);
            case TRANSACTIONS_EX -> TransactionsAnswers.failed(code, text);
            default -> SimpleAnswers.error(function.wireName(), code, text);
        };
        return FarCardsResponse.xmlError(body, code, detail);
    }

    /** {@code ROOT/QRY} (official for GetCardInfoEx, S1; V1 and T4 for the others); the root's name is not checked. */
    private static XmlElement qry(XmlElement root) throws FarCardsProtocolException {
        if (root.is("QRY")) {
            return root;
        }
        return root.child("QRY").orElseThrow(() -> FarCardsProtocolException.invalid("QRY", "is missing"));
    }

    private static String required(XmlElement qry, String attribute) throws FarCardsProtocolException {
        return qry.attribute(attribute)
                .orElseThrow(() -> FarCardsProtocolException.invalid("QRY/@" + attribute, "is required"));
    }

    private static long optionalNumber(XmlElement qry, String attribute) throws FarCardsProtocolException {
        Optional<String> raw = qry.attribute(attribute);
        return raw.isEmpty() ? 0 : Numbers.parse(raw.get(), "QRY/@" + attribute, 0, CardInfo.MAX_DWORD);
    }

    private static <T> T answered(T answer) throws FarCardsProtocolException {
        if (answer == null) {
            throw new FarCardsProtocolException(FarCardsError.INVALID_BACKEND_ANSWER, "backend returned null");
        }
        return answer;
    }
}
