package org.openplate.web;

/**
 * Routes that programs call: the JSON API and the health check. Javalin tries a request's path against the
 * routes of its method one after another, in the order they were registered, with a regular expression (and a
 * new matcher) for each, so {@link WebServer} registers these before the pages: a request to the API is
 * matched among a few dozen API routes instead of after every page's. No page's path starts with
 * {@code /api/} or is {@code /health}, so the order changes which route is tried first, never which one
 * answers.
 */
public interface ApiRoutes extends Routes {
}
