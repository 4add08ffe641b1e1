package org.openplate.web.corpus;

import java.util.LinkedHashMap;
import java.util.Map;

/** The bad inputs the corpus sends, by case name: raw JSON for body fields, plain text for query and path. */
final class BadValues {

    /** 10 kB of text, for bodies (the server's URI limit is the edge's business: see the edge tests). */
    static final String LONG = "x".repeat(10_240);
    /** Long, but inside the request-line limit. */
    static final String LONG_QUERY = "x".repeat(4_000);

    private BadValues() {
    }

    /** Values for a JSON body field: case name → raw JSON ({@code null} means: remove the field). */
    static Map<String, String> json() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("missing", null);
        v.put("empty", "\"\"");
        v.put("blank", "\"   \"");
        v.put("null", "null");
        v.put("object", "{\"a\":1}");
        v.put("array", "[1,2]");
        v.put("boolean", "true");
        v.put("text", "\"abc\"");
        v.put("nul", "\"a\\u0000b\"");
        v.put("control", "\"a\\u001b[31mb\"");
        v.put("del-c1", "\"a\\u007f\\u0085b\"");
        v.put("lone-surrogate", "\"a\\ud800b\"");
        v.put("newline", "\"a\\nb\"");
        v.put("long", "\"" + LONG + "\"");
        v.put("negative", "-1");
        v.put("zero", "0");
        v.put("fraction", "0.5");
        v.put("huge", "1e300");
        v.put("overflow", "1e309");
        v.put("big-integer", "99999999999999999999999");
        v.put("min-long", "-9223372036854775808");
        v.put("nan", "\"NaN\"");
        v.put("infinity", "\"Infinity\"");
        v.put("minus-infinity", "\"-Infinity\"");
        v.put("hex", "\"0x10\"");
        v.put("date-us", "\"11/30/2026\"");
        v.put("date-impossible", "\"2026-02-30\"");
        v.put("date-far", "\"+999999999-12-31\"");
        v.put("date-time", "\"2026-11-30T10:00:00Z\"");
        return v;
    }

    /** Values for a query or path parameter: case name → text (encoded by the caller). */
    static Map<String, String> text() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("empty", "");
        v.put("nul", "a\u0000b");
        v.put("control", "a\u001bb");
        v.put("long", LONG_QUERY);
        v.put("negative", "-1");
        v.put("zero", "0");
        v.put("fraction", "1.5");
        v.put("huge", "1e300");
        v.put("overflow", "1e309");
        v.put("big-integer", "99999999999999999999999");
        v.put("nan", "NaN");
        v.put("infinity", "Infinity");
        v.put("text", "abc");
        v.put("date-us", "11/30/2026");
        v.put("date-impossible", "2026-02-30");
        v.put("date-far", "+999999999-12-31");
        v.put("quote", "'\"<>");
        v.put("unicode", "é🍮");
        return v;
    }

    /** Whole bodies: case name → {Content-Type, body}. */
    static Map<String, String[]> bodies() {
        Map<String, String[]> v = new LinkedHashMap<>();
        v.put("no-body", new String[] {null, null});
        v.put("empty-json", new String[] {"application/json", ""});
        v.put("malformed-json", new String[] {"application/json", "{\"name\":"});
        v.put("json-array", new String[] {"application/json", "[]"});
        v.put("json-string", new String[] {"application/json", "\"x\""});
        v.put("json-null", new String[] {"application/json", "null"});
        v.put("json-number", new String[] {"application/json", "1e309"});
        v.put("deep-json", new String[] {"application/json", "[".repeat(5000) + "]".repeat(5000)});
        v.put("duplicate-keys", new String[] {"application/json", "{\"name\":\"a\",\"name\":\"b\"}"});
        v.put("nul-key", new String[] {"application/json", "{\"a\\u0000\":1}"});
        v.put("text-plain", new String[] {"text/plain", "hello"});
        v.put("form", new String[] {"application/x-www-form-urlencoded", "name=a&amount=1"});
        v.put("xml", new String[] {"application/xml", "<a/>"});
        v.put("multipart-no-boundary", new String[] {"multipart/form-data", "--x\r\n"});
        v.put("binary", new String[] {"application/octet-stream", "\u0000\u0001\u00ff\ufffd"});
        v.put("csv-broken", new String[] {"text/csv", ",\n;;\n\u0000\n" + LONG + "\n"});
        return v;
    }
}
