package io.kopilka.pos.rkeeper.sim;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays r_keeper's HTTPOrderNotify driver against a URL: each message is one HTTP POST of the XML body, in order,
 * one at a time (the driver's FIFO queue). The request content type is not documented; {@code text/xml;
 * charset=utf-8} is sent. Messages marked lost are not sent, like those still queued when a cash server stops (S11).
 */
public final class OrderNotifySimulator {

    private final HttpClient http;
    private final URI endpoint;

    public OrderNotifySimulator(URI endpoint) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), endpoint);
    }

    public OrderNotifySimulator(HttpClient http, URI endpoint) {
        this.http = http;
        this.endpoint = endpoint;
    }

    /** Posts one body and returns the HTTP status. */
    public int post(byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Posts every delivery not marked lost, in order, and returns their HTTP statuses. */
    public List<Integer> play(List<Delivery> deliveries) throws IOException, InterruptedException {
        List<Integer> statuses = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            if (!delivery.lost()) {
                statuses.add(post(delivery.body()));
            }
        }
        return statuses;
    }

    /** Posts the scripted shift of {@link ShiftScript}. */
    public List<Integer> playShift() throws IOException, InterruptedException {
        return play(ShiftScript.deliveries());
    }
}
