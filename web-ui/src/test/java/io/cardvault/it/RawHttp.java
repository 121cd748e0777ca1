package io.cardvault.it;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection per request. The fuzzer needs it because
 * {@code java.net.http} refuses exactly the requests worth sending: a request target with {@code %zz},
 * a lone {@code %}, raw control characters or NUL, a method it does not know, conflicting framing headers.
 * The request line and headers go out byte for byte as given (ISO-8859-1).
 */
final class RawHttp {

    /** Bodies are read up to this size: enough to find a stack trace, without holding a sandbox file. */
    private static final int BODY_CAP = 2 * 1024 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    RawHttp(String baseUrl, int timeoutMillis) {
        URI base = URI.create(baseUrl);
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        this.timeoutMillis = timeoutMillis;
    }

    /** What came back: a status (0 when no answer came) and the headers and body as read. */
    record Answer(int status, Map<String, String> headers, String body, String trouble) {

        boolean answered() {
            return status > 0;
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends one request; {@code headers} are name, value pairs; Host (and Connection: close unless given) are added. */
    Answer send(String method, String target, List<String[]> headers, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            StringBuilder head = new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append(':').append(port).append("\r\n");
            if (headers.stream().noneMatch(header -> header[0].equalsIgnoreCase("Connection"))) {
                head.append("Connection: close\r\n"); // a WebSocket upgrade brings its own
            }
            boolean framed = false;
            for (String[] header : headers) {
                head.append(header[0]).append(": ").append(header[1]).append("\r\n");
                framed |= header[0].equalsIgnoreCase("Content-Length") || header[0].equalsIgnoreCase("Transfer-Encoding");
            }
            if (body != null && !framed) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            String writeTrouble = null;
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // the server may answer (413, 400) and close before it has read an oversize request: read that answer
                writeTrouble = "write failed: " + e.getMessage();
            }
            return read(new BufferedInputStream(socket.getInputStream()), method, writeTrouble);
        } catch (SocketTimeoutException e) {
            return new Answer(0, Map.of(), "", "no answer within " + timeoutMillis + " ms");
        } catch (IOException e) {
            return new Answer(0, Map.of(), "", "connection failed: " + e.getMessage());
        }
    }

    private static Answer read(InputStream in, String method, String writeTrouble) throws IOException {
        while (true) {
            String head;
            try {
                head = readHead(in);
            } catch (IOException e) {
                return new Answer(0, Map.of(), "", writeTrouble != null ? writeTrouble : "read failed: " + e.getMessage());
            }
            if (head == null) {
                return new Answer(0, Map.of(), "", writeTrouble != null ? writeTrouble : "connection closed without an answer");
            }
            String[] lines = head.split("\r\n");
            String[] statusLine = lines[0].split(" ", 3);
            int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : -1;
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
                }
            }
            if (status >= 100 && status < 200 && status != 101) {
                continue; // an interim answer (100 Continue): the real one follows
            }
            if (status == 101 || status == 204 || status == 304 || "HEAD".equals(method)) {
                return new Answer(status, headers, "", null);
            }
            byte[] body;
            try {
                body = readBody(in, headers);
            } catch (IOException e) {
                body = new byte[0];
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), null);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return head.size() == 0 ? null : head.toString(StandardCharsets.ISO_8859_1);
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > 256 * 1024) {
                throw new IOException("answer head over 256 KB");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] readBody(InputStream in, Map<String, String> headers) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String encoding = headers.getOrDefault("transfer-encoding", "");
        if (encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            while (body.size() < BODY_CAP) {
                String sizeLine = readLine(in);
                if (sizeLine == null) {
                    break;
                }
                int semicolon = sizeLine.indexOf(';');
                String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim();
                if (hex.isEmpty()) {
                    continue;
                }
                int size = Integer.parseInt(hex, 16);
                if (size == 0) {
                    break;
                }
                copy(in, body, size);
                readLine(in);
            }
            return body.toByteArray();
        }
        String length = headers.get("content-length");
        if (length != null) {
            copy(in, body, (int) Math.min(Long.parseLong(length.split(",")[0].trim()), BODY_CAP));
            return body.toByteArray();
        }
        copy(in, body, BODY_CAP); // no framing: the body runs until the server closes
        return body.toByteArray();
    }

    private static void copy(InputStream in, ByteArrayOutputStream to, int limit) throws IOException {
        byte[] buffer = new byte[8192];
        int left = Math.min(limit, BODY_CAP - to.size());
        while (left > 0) {
            int n = in.read(buffer, 0, Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            to.write(buffer, 0, n);
            left -= n;
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return b < 0 && line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
