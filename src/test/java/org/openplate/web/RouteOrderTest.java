package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * Javalin tries routes in the order they were registered, so the app registers the API's before the pages'
 * (see {@link ApiRoutes}): every route of an API adapter comes before every route of a page adapter, and
 * the API's busiest paths are found after only a few other routes.
 */
class RouteOrderTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(TestDatabases.sqlite());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The adapter class that registered a route: the class its handler lambda or method reference was made in. */
    private static Class<?> adapter(ParsedEndpoint parsed) {
        String name = parsed.endpoint.handler.getClass().getName();
        int lambda = name.indexOf("$$Lambda");
        String outer = (lambda < 0 ? name : name.substring(0, lambda)).replaceAll("\\$.*", "");
        try {
            return Class.forName(outer);
        } catch (ClassNotFoundException e) {
            return Object.class;
        }
    }

    /** Javalin keeps each method's routes apart, so the order is checked within each method. */
    @Test
    void everyApiRouteIsTriedBeforeAnyPageOfItsMethod() {
        Map<String, List<String>> order = new TreeMap<>();
        Map<String, Integer> lastApi = new HashMap<>();
        Map<String, Integer> firstPage = new HashMap<>();
        int apis = 0;
        int pages = 0;
        for (ParsedEndpoint parsed : app.app().javalin().unsafe.internalRouter.allHttpHandlers()) {
            if (!parsed.endpoint.method.isHttpMethod()) {
                continue;
            }
            String method = parsed.endpoint.method.name();
            Class<?> from = adapter(parsed);
            List<String> routes = order.computeIfAbsent(method, m -> new ArrayList<>());
            int i = routes.size();
            routes.add(parsed.endpoint.path + " (" + from.getSimpleName() + ")");
            if (ApiRoutes.class.isAssignableFrom(from)) {
                lastApi.put(method, i);
                apis++;
            } else if (Routes.class.isAssignableFrom(from) && from.getSimpleName().endsWith("Pages")) {
                firstPage.putIfAbsent(method, i);
                pages++;
            }
        }
        assertTrue(apis > 50 && pages > 50, apis + " API routes and " + pages + " page routes found: " + order);
        for (String method : order.keySet()) {
            int api = lastApi.getOrDefault(method, -1);
            int page = firstPage.getOrDefault(method, Integer.MAX_VALUE);
            assertTrue(api < page, method + " route " + api + " is an API's, route " + page + " a page's: "
                    + order.get(method));
        }
    }

    @Test
    void theApisBusiestPathsComeBeforeThePages() {
        List<String> gets = new ArrayList<>();
        for (ParsedEndpoint parsed : app.app().javalin().unsafe.internalRouter.allHttpHandlers()) {
            if (parsed.endpoint.method.name().equals("GET")) {
                gets.add(parsed.endpoint.path);
            }
        }
        int day = gets.indexOf("/api/v1/diary/days/{date}");
        int search = gets.indexOf("/api/v1/foods");
        int diaryPage = gets.indexOf("/diary");
        assertTrue(day >= 0 && search >= 0 && diaryPage >= 0, gets.toString());
        assertTrue(day < diaryPage && search < diaryPage, gets.toString());
        assertEquals(0, gets.subList(0, day).stream().filter(p -> p.equals("/signin") || p.startsWith("/diary")).count(),
                "pages tried before the day summary: " + gets.subList(0, day));
    }
}
