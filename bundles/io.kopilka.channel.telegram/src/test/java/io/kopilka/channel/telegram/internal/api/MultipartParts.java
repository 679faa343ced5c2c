package io.kopilka.channel.telegram.internal.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a multipart/form-data body into its parts, as a server would, to check what was uploaded. */
public final class MultipartParts {

    /** One part: its file name (null for a field), content type and bytes. */
    public record Part(String fileName, String contentType, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private MultipartParts() {
    }

    public static Map<String, Part> parse(String contentType, byte[] body) {
        Matcher b = Pattern.compile("boundary=([^;]+)").matcher(contentType);
        if (!b.find()) {
            throw new IllegalArgumentException("no boundary in " + contentType);
        }
        byte[] delimiter = ("--" + b.group(1)).getBytes(StandardCharsets.US_ASCII);
        Map<String, Part> parts = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            int next = indexOf(body, delimiter, start);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), start);
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next - 2);
            parts.put(header(headers, "name=\"([^\"]*)\""), new Part(header(headers, "filename=\"([^\"]*)\""),
                    header(headers, "Content-Type: ([^\r\n]*)"), content));
            at = next;
        }
        return parts;
    }

    private static String header(String headers, String regex) {
        Matcher m = Pattern.compile(regex).matcher(headers);
        return m.find() ? m.group(1) : null;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
