package io.kopilka.channel.telegram.internal.api;

/** Updates as the Bot API documents and sends them (fields the bot does not read included). */
public final class Samples {

    private Samples() {
    }

    public static String text(long updateId, long user, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId + 1000) + ",\"from\":{\"id\":"
                + user + ",\"is_bot\":false,\"first_name\":\"Анна\",\"last_name\":\"Смирнова\",\"username\":\"anna\","
                + "\"language_code\":\"ru\"},\"chat\":{\"id\":" + user + ",\"first_name\":\"Анна\",\"username\":"
                + "\"anna\",\"type\":\"private\"},\"date\":1795428000,\"text\":\"" + text + "\"}}";
    }

    public static String contact(long updateId, long user, String phone, long contactUser) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId + 1000) + ",\"from\":{\"id\":"
                + user + ",\"is_bot\":false,\"first_name\":\"Анна\"},\"chat\":{\"id\":" + user + ",\"type\":"
                + "\"private\"},\"date\":1795428000,\"reply_to_message\":{\"message_id\":1,\"date\":1795427000,"
                + "\"chat\":{\"id\":" + user + ",\"type\":\"private\"},\"text\":\"?\"},\"contact\":{\"phone_number\":\""
                + phone + "\",\"first_name\":\"Анна\",\"last_name\":\"Смирнова\",\"user_id\":" + contactUser + "}}}";
    }

    public static String callback(long updateId, long user, String data) {
        return "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"4382bfdwdsb323b2d9\",\"from\":{\"id\":"
                + user + ",\"is_bot\":false,\"first_name\":\"Анна\"},\"message\":{\"message_id\":55,\"from\":{\"id\":"
                + "4242,\"is_bot\":true,\"first_name\":\"Kopilka\"},\"chat\":{\"id\":" + user
                + ",\"type\":\"private\"},"
                + "\"date\":1795428000,\"text\":\"Спасибо!\"},\"chat_instance\":\"-8197438751\",\"data\":\"" + data
                + "\"}}";
    }

    public static String edited(long updateId) {
        return "{\"update_id\":" + updateId + ",\"edited_message\":{\"message_id\":9,\"chat\":{\"id\":1,\"type\":"
                + "\"private\"},\"date\":1795428000,\"edit_date\":1795428001,\"text\":\"x\"}}";
    }
}
