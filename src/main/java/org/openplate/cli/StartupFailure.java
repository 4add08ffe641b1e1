package org.openplate.cli;

import org.openplate.storage.DatabaseOpenException;

/**
 * One line for the operator when the server cannot start: which file or setting, the cause and what
 * to do. The full stack trace goes to the log at debug level only.
 */
final class StartupFailure {

    private StartupFailure() {
    }

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseOpenException) {
                return "openplate: cannot start: " + t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = oneLine(e.getMessage());
        if (e.getClass().getName().endsWith("JavalinBindException") || root instanceof java.net.BindException) {
            return "openplate: cannot start: the HTTP port cannot be opened (" + oneLine(root.getMessage())
                    + "); choose a free port with --port or OPENPLATE_PORT";
        }
        if (e instanceof IllegalArgumentException) {
            return "openplate: cannot start: bad setting: " + m + "; fix it on the command line or in the"
                    + " OPENPLATE_* environment (see --help)";
        }
        String cause = m.equals(oneLine(root.getMessage())) ? m : m + " (" + oneLine(root.getMessage()) + ")";
        return "openplate: cannot start: " + cause + "; see the log above for details";
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
    }
}
