package io.kopilka.itests.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a multipart/form-data body (RFC 7578) into its named parts, as the Bot API does with sendPhoto. */
final class MultipartForm {

    /** A part: file name (null for a field), content type and bytes. */
    record Part(String fileName, String contentType, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private MultipartForm() {
    }

    static Map<String, Part> parse(String contentType, byte[] body) {
        Matcher b = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(String.valueOf(contentType));
        if (!b.find()) {
            throw new IllegalArgumentException("not multipart/form-data: " + contentType);
        }
        byte[] delimiter = ("\r\n--" + b.group(1)).getBytes(StandardCharsets.US_ASCII);
        byte[] data = new byte[body.length + 2];
        data[0] = '\r';
        data[1] = '\n';
        System.arraycopy(body, 0, data, 2, body.length);
        Map<String, Part> parts = new LinkedHashMap<>();
        int at = indexOf(data, delimiter, 0);
        while (at >= 0 && at + delimiter.length + 2 <= data.length) {
            int start = at + delimiter.length;
            if (data[start] == '-' && data[start + 1] == '-') {
                break;
            }
            int headersEnd = indexOf(data, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), start);
            int next = indexOf(data, delimiter, headersEnd);
            if (headersEnd < 0 || next < 0) {
                throw new IllegalArgumentException("a part is not terminated");
            }
            String headers = new String(data, start, headersEnd - start, StandardCharsets.UTF_8);
            parts.put(find(headers, "name=\"([^\"]*)\""), new Part(find(headers, "filename=\"([^\"]*)\""),
                    find(headers, "(?i)Content-Type:\\s*([^\r\n]*)"), Arrays.copyOfRange(data, headersEnd + 4, next)));
            at = next;
        }
        return parts;
    }

    private static String find(String headers, String regex) {
        Matcher m = Pattern.compile(regex).matcher(headers);
        return m.find() ? m.group(1) : null;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
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
