package org.openplate.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** The real app on embedded SQLite for one browser journey class: started before its tests, stopped after. */
abstract class BrowserJourney {

    protected static TestApp app;

    @BeforeAll
    static void startApp() {
        app = TestApp.start(TestDatabases.sqlite());
    }

    @AfterAll
    static void stopApp() {
        app.close();
    }
}
