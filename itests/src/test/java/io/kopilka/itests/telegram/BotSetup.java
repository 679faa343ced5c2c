package io.kopilka.itests.telegram;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/** Sets the bot up in the container under test, and small helpers of the Telegram ITs. */
public final class BotSetup {

    public static final String PID = "io.kopilka.channel.telegram";
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BotSetup() {
    }

    /** Installs the bot's feature and points it at a new fake Bot API, long polling; returns once the bot polls. */
    public static FakeBotApi startBot(FeaturesService features, ConfigurationAdmin config) throws Exception {
        FakeBotApi fake = new FakeBotApi();
        features.installFeature("kopilka-channel-telegram", EnumSet.noneOf(FeaturesService.Option.class));
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("botToken", FakeBotApi.TOKEN);
        props.put("apiBaseUrl", fake.baseUrl());
        props.put("pollTimeoutSeconds", 2);
        config.getConfiguration(PID, null).update(props);
        awaitCall(fake, "getUpdates");
        return fake;
    }

    /** Switches the bot to webhook mode; returns once it registered the webhook with the fake. */
    public static void useWebhook(ConfigurationAdmin config, FakeBotApi fake, String publicUrl, String secret)
            throws Exception {
        Dictionary<String, Object> props = config.getConfiguration(PID, null).getProperties();
        props.put("mode", "webhook");
        props.put("webhookUrl", publicUrl);
        props.put("webhookSecret", secret);
        config.getConfiguration(PID, null).update(props);
        awaitCall(fake, "setWebhook");
    }

    /** POSTs an update to the bot's webhook on this port with the secret header, as Telegram does; the status. */
    public static int webhook(int port, String secret, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ext/telegram/"
                + FakeBotApi.TOKEN.substring(0, FakeBotApi.TOKEN.indexOf(':')) + "/webhook"))
                .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", secret)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void awaitCall(FakeBotApi fake, String method) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!fake.calls.contains(method)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the bot never called " + method + "; calls: " + fake.calls);
            }
            Thread.sleep(100);
        }
    }

    /** A service of the container, waiting for it up to {@code timeout}; {@code null} if none came. */
    public static <S> S service(BundleContext context, Class<S> type, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        do {
            ServiceReference<S> ref = context.getServiceReference(type);
            S service = ref == null ? null : context.getService(ref);
            if (service != null) {
                return service;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < end);
        return null;
    }

    /** A decimal as the bot and the templates write it: {@code 48,50}, whole amounts without kopecks. */
    public static String ru(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return (plain.scale() <= 0 ? plain.setScale(0) : amount.setScale(2)).toPlainString().replace('.', ',');
    }

    /** How many of the guest's consents (REST JSON) are in this state, given in telegram. */
    public static long consents(JsonNode guest, boolean granted) {
        long n = 0;
        for (JsonNode c : guest.get("consents")) {
            if (c.get("granted").asBoolean() == granted && "telegram".equals(c.get("channel").asText())) {
                n++;
            }
        }
        return n;
    }

    /** A receipt of 1000.00 (a minute ago, so that its points are active) for the card, as a till commits it. */
    public static String receipt(String id, String card) {
        String now = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString();
        return "{\"receiptId\":\"" + id + "\",\"time\":\"" + now + "\",\"cashier\":\"Anna\",\"identifier\":\""
                + card + "\",\"lines\":[{\"lineId\":\"L1\",\"sku\":\"soup\",\"name\":\"Soup\",\"groups\":[\"food\"],"
                + "\"quantity\":2,\"price\":300.00,\"amount\":600.00},{\"lineId\":\"L2\",\"sku\":\"tea\",\"name\":"
                + "\"Tea\",\"groups\":[\"drinks\"],\"quantity\":1,\"price\":400.00,\"amount\":400.00}],"
                + "\"payments\":[{\"method\":\"card\",\"amount\":970.00}]}";
    }
}
