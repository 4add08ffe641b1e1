package org.openplate.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Requests written byte for byte on a socket, for what ordinary HTTP clients refuse to send. */
final class RawHttp {

    record Answer(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        boolean isJson() {
            String type = header("Content-Type");
            return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
        }
    }

    private RawHttp() {
    }

    /** Sends {@code request} as it is, then reads the answer until the server closes the connection. */
    static Answer exchange(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new AssertionError("not an HTTP answer: " + text);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        String head = text.substring(0, end);
        String body = text.substring(end + 4);
        Answer a = new Answer(status, head, body);
        if ("chunked".equalsIgnoreCase(a.header("Transfer-Encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, head, body);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(i, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, eol + 2, Math.min(body.length(), eol + 2 + size));
            i = eol + 2 + size + 2;
        }
        return out.toString();
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // A reset after the answer was sent: keep what arrived.
            if (out.size() == 0) {
                throw e;
            }
        }
        return out.toByteArray();
    }

    /** The answer to a streamed request, and how much of the body had been sent when the answer began. */
    record Streamed(Answer answer, long sentWhenAnswered, boolean sentEverything) {
    }

    /**
     * Sends {@code head} (request line and headers, each ending in CRLF, without the blank line), then a
     * chunked body: {@code prefix} followed by filler up to {@code total} bytes, in 64 KiB chunks. Stops
     * sending as soon as the answer starts arriving or the server closes the connection.
     */
    static Streamed chunked(int port, String head, byte[] prefix, long total) {
        return chunked(port, head, prefix, total, new byte[0]);
    }

    /** As above, with {@code suffix} sent after the filler (it counts in {@code total}). */
    static Streamed chunked(int port, String head, byte[] prefix, long total, byte[] suffix) {
        java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicLong sentWhenAnswered = new java.util.concurrent.atomic.AtomicLong(-1);
            InputStream in = socket.getInputStream();
            java.util.concurrent.Future<byte[]> answer = reader.submit(() -> {
                int first = in.read();
                sentWhenAnswered.set(sent.get());
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                if (first >= 0) {
                    all.write(first);
                    all.write(readAll(in));
                }
                return all.toByteArray();
            });
            java.io.OutputStream out = socket.getOutputStream();
            boolean everything = false;
            try {
                out.write((head + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                byte[] filler = new byte[64 * 1024];
                java.util.Arrays.fill(filler, (byte) 'x');
                long remaining = total - suffix.length;
                int offset = 0;
                while (remaining > 0 && sentWhenAnswered.get() < 0) {
                    int n = (int) Math.min(filler.length, remaining);
                    byte[] chunk = filler;
                    if (offset < prefix.length) {
                        n = Math.min(n, prefix.length - offset);
                        chunk = java.util.Arrays.copyOfRange(prefix, offset, offset + n);
                        offset += n;
                    }
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(chunk, 0, n);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    sent.addAndGet(n);
                    remaining -= n;
                }
                if (remaining == 0 && suffix.length > 0 && sentWhenAnswered.get() < 0) {
                    out.write((Integer.toHexString(suffix.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(suffix);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    sent.addAndGet(suffix.length);
                }
                if (remaining == 0) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    everything = true;
                }
            } catch (IOException closedByServer) {
                // The server answered and closed the connection while we were still sending.
            }
            byte[] raw = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            return new Streamed(parse(raw), sentWhenAnswered.get(), everything);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            reader.shutdownNow();
        }
    }
}
