package org.openplate.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.HttpSession;
import org.openplate.testing.SignedInUser;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.testing.TestMail;

/** "Also e-mail me these reminders": off by default, and when ticked a due reminder arrives by real SMTP once. */
class ReminderEmailHttpTest {

    private static Map<String, String> prefs(boolean email) {
        Map<String, String> form = new HashMap<>();
        for (NotificationKind k : NotificationKind.values()) {
            form.put(k.code(), "true");
        }
        form.put("foodReminderTime", "00:00");
        if (email) {
            form.put("emailReminders", "true");
        }
        return form;
    }

    private static void save(SignedInUser u, Map<String, String> form) {
        HttpResponse<String> r = u.http().submit("/notifications", "/notifications/preferences", form);
        assertEquals(303, r.statusCode(), r.body());
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void onlyTheUserWhoOptedInGetsTheReminderByEmailAndOnlyOnce(TestDb db) throws Exception {
        try (TestMail mail = TestMail.start(); TestApp app = TestApp.start(db, mail::apply)) {
            SignedInUser opted = SignedInUser.signUp(app, "mailme");
            SignedInUser other = SignedInUser.signUp(app, "nomail");
            String page = opted.get("/notifications").body();
            assertTrue(page.contains("id=\"emailReminders\""), "offered while e-mail is set up");
            assertFalse(page.contains("id=\"emailReminders\" value=\"true\" checked"), "off by default");

            save(opted, prefs(true));
            save(other, prefs(false));
            assertTrue(opted.get("/notifications").body().contains("id=\"emailReminders\" value=\"true\" checked"));

            assertTrue(app.app().notificationScheduler().runOnce() >= 2, "both users get the reminder in the feed");
            assertEquals(0, app.app().notificationScheduler().runOnce(), "nothing new on the next run");
            // A message known to come after: the single mail worker sends in order, so the reminders are all in.
            new HttpSession(app).submit("/account/forgot", "/account/forgot", Map.of("email", opted.email()));
            List<MimeMessage> all = mail.await(2);
            assertEquals(2, all.size(), "one reminder (to the user who asked) and the reset link");
            MimeMessage reminder = all.get(0);
            assertEquals(opted.email(), reminder.getAllRecipients()[0].toString());
            assertEquals("OpenPlate: Nothing logged today yet", reminder.getSubject());
            String body = TestMail.body(reminder);
            assertTrue(body.contains("today's diary is empty"), body);
            assertTrue(body.contains(TestMail.PUBLIC_URL + "/diary/"), "links back to the diary: " + body);
            assertTrue(body.contains(TestMail.PUBLIC_URL + "/notifications"), "and says where to stop it");
            assertEquals("Reset your OpenPlate password", all.get(1).getSubject());
            assertTrue(mail.to(other.email()).isEmpty());

            save(opted, prefs(false));
            assertFalse(opted.get("/notifications").body().contains("id=\"emailReminders\" value=\"true\" checked"),
                    "unticking turns it off");
        }
    }

    @Test
    void withoutSmtpTheChoiceIsNotOffered() {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            SignedInUser u = SignedInUser.signUp(app, "nosmtp");
            assertFalse(u.get("/notifications").body().contains("emailReminders"));
            save(u, prefs(true));
            assertTrue(app.app().notificationScheduler().runOnce() >= 1);
        }
    }
}
