package io.kopilka.itests.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A short r_keeper shift at restaurant 1001 as HTTPOrderNotify sends it (the official envelope, see the r_keeper
 * plugin's EVENTS.md): the station's cash program starts in shift 1, then starts again in shift 2, which tells
 * Kopilka that shift 1 was closed.
 */
public final class RkeeperShift {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String url;

    public RkeeperShift(int port, String applicationToken) {
        this.url = "http://localhost:" + port + "/api/ext/rkeeper/" + applicationToken + "/orders";
    }

    /** The cash program starts at {@code time} (local, ISO) in shift {@code shift}; returns the HTTP status. */
    public int stationStarted(int seq, String time, int shift) throws IOException, InterruptedException {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><a RestCode=\"1001\" DateTime=\"" + time
                + "\" Situation=\"1\" seqnumber=\"" + seq + "\" guid=\"{9ECCB1B5-97EE-4B88-9840-8568F05586D0}\" "
                + "name=\"Started\" ShiftNum=\"" + shift + "\" ShiftDate=\"2026-11-2" + (2 + shift) + "T00:00:00\">"
                + "<Station id=\"15003\" code=\"1\" name=\"MM_CASH\" NetName=\"MM_CASH_1\"/><Server id=\"15002\" "
                + "code=\"15002\" name=\"MM_MID\" NetName=\"MM_MID\"/><Item/></a>";
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
