package io.kopilka.channel.telegram.internal;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.kopilka.api.alerts.Reports;
import io.kopilka.api.alerts.StaffChats;
import io.kopilka.api.feedback.Reviews;
import io.kopilka.api.guest.GuestOverviews;
import io.kopilka.api.guest.GuestService;
import io.kopilka.api.messaging.GuestContacts;
import io.kopilka.api.messaging.Outbox;
import io.kopilka.api.messaging.Templates;
import io.kopilka.api.org.Organization;
import io.kopilka.api.org.OrganizationService;
import io.kopilka.channel.telegram.internal.api.BotApi;
import io.kopilka.channel.telegram.internal.api.BotApiException;
import io.kopilka.channel.telegram.internal.bot.Conversation;
import io.kopilka.channel.telegram.internal.bot.Platform;
import io.kopilka.channel.telegram.internal.intake.HandledUpdates;
import io.kopilka.channel.telegram.internal.intake.Poller;
import io.kopilka.channel.telegram.internal.intake.UpdateIntake;
import io.kopilka.channel.telegram.internal.intake.WebhookIntake;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guest bot of one organization, from {@link TelegramConfig}: receives updates by long polling (default) or by
 * webhook (registered with Telegram in the background, served by {@link WebhookEndpoint}), hands each to the
 * {@link Conversation} once, and answers through the outbox. A configuration that cannot work (no valid token, no such
 * organization, a webhook without an https URL or secret) is logged and leaves the bot idle.
 */
@Component(service = WebhookReceiver.class, configurationPid = TelegramBot.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
@Designate(ocd = TelegramConfig.class)
public class TelegramBot implements WebhookReceiver {

    public static final String PID = "io.kopilka.channel.telegram";
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);

    @Reference
    private GuestService guests;
    @Reference
    private GuestContacts contacts;
    @Reference
    private GuestOverviews overviews;
    @Reference
    private Templates templates;
    @Reference
    private Outbox outbox;
    @Reference
    private OrganizationService organizations;
    @Reference
    private ConversationMemory memory;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Reviews reviews;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile StaffChats staffChats;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Reports reports;

    private Poller poller;
    private ExecutorService setup;
    private volatile WebhookIntake webhook;

    @Activate
    void activate(TelegramConfig config, BundleContext context) {
        String botId = BotApi.botId(config.botToken());
        Long org = organization(config.organization());
        if (botId == null || org == null) {
            LOG.error("Telegram bot not started: {}", botId == null
                    ? "botToken is missing or is not a @BotFather token (<digits>:<secret>)"
                    : "organization " + config.organization() + " does not exist, or there are several: set one");
            return;
        }
        BotApi api = new BotApi(config.apiBaseUrl(), config.botToken(), Duration.ofSeconds(30));
        Platform platform = new Platform(org, guests, contacts, overviews, templates, outbox, organizations,
                () -> reviews, () -> staffChats, () -> reports);
        Conversation conversation = new Conversation(platform, botId, (id, text) -> answer(api, id, text),
                ZoneId.of(config.zone()), config.privacyPolicyUrl(), memory.states());
        UpdateIntake intake = new UpdateIntake(new HandledUpdates(dataFile(context, "telegram-updates-" + botId)),
                conversation::handle);
        if ("webhook".equals(config.mode())) {
            startWebhook(api, botId, config, intake);
        } else {
            poller = new Poller(api, intake, config.pollTimeoutSeconds());
            poller.start();
            LOG.info("Telegram bot {} of organization {} is polling for updates", botId, org);
        }
    }

    @Deactivate
    void deactivate() {
        webhook = null;
        if (setup != null) {
            setup.shutdownNow();
        }
        if (poller != null) {
            poller.stop();
        }
    }

    @Override
    public WebhookIntake.Result receive(String key, String secretHeader, byte[] body) {
        WebhookIntake current = webhook;
        return current == null ? WebhookIntake.Result.NOT_FOUND : current.receive(key, secretHeader, body);
    }

    private void startWebhook(BotApi api, String botId, TelegramConfig config, UpdateIntake intake) {
        String secret = config.webhookSecret();
        String base = config.webhookUrl().strip().replaceAll("/+$", "");
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{16,256}") || !base.matches("https?://\\S+")) {
            LOG.error("Telegram webhook not started: webhookUrl must be the public http(s) address and webhookSecret "
                    + "16-256 characters of A-Z a-z 0-9 _ -");
            return;
        }
        String url = base.contains("/api/ext/telegram/") ? base : base + "/api/ext/telegram/" + botId + "/webhook";
        webhook = new WebhookIntake(botId, secret, intake);
        setup = Executors.newSingleThreadExecutor(r -> new Thread(r, "kopilka-telegram-webhook"));
        setup.execute(() -> register(api, url, secret));
    }

    /** setWebhook, again and again with a growing pause until Telegram takes it. */
    private static void register(BotApi api, String url, String secret) {
        for (int attempt = 1; !Thread.currentThread().isInterrupted(); attempt++) {
            try {
                api.setWebhook(url, secret);
                LOG.info("Telegram webhook registered at {}", url);
                return;
            } catch (BotApiException e) {
                LOG.warn("Telegram setWebhook failed ({} {}); attempt {}", e.errorCode(), e.getMessage(), attempt);
            }
            try {
                TimeUnit.SECONDS.sleep(Math.min(300, 1L << Math.min(attempt, 8)));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Long organization(long configured) {
        if (configured > 0) {
            return organizations.organization(configured).map(Organization::id).orElse(null);
        }
        List<Organization> all = organizations.organizations();
        return all.size() == 1 ? all.get(0).id() : null;
    }

    private static void answer(BotApi api, String callbackQueryId, String text) {
        try {
            api.answerCallbackQuery(callbackQueryId, text);
        } catch (BotApiException e) {
            LOG.debug("answerCallbackQuery failed: {} {}", e.errorCode(), e.getMessage());
        }
    }

    private static Path dataFile(BundleContext context, String name) {
        File file = context.getDataFile(name);
        return file == null ? null : file.toPath();
    }
}
