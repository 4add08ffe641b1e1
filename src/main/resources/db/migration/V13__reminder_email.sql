-- "Also e-mail me my reminders": off unless the user ticks it.
ALTER TABLE notification_settings ADD COLUMN email_reminders INTEGER NOT NULL DEFAULT 0;
