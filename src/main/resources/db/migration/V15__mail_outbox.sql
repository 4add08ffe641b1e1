-- E-mail waiting to be sent. A request only adds a row; a background job on any instance claims due
-- rows (a conditional UPDATE of lease_until, so one instance sends each row), sends, and deletes the
-- row. Mail therefore survives a restart and is not tied to the instance that took the request.
-- Password-reset rows keep the address asked for and no link: the single-use link is made when the
-- message is sent, so the table never holds a working secret. Times are epoch millis.
CREATE TABLE mail_outbox (
    id          ${id_pk},
    kind        TEXT    NOT NULL,
    user_id     BIGINT  REFERENCES users (id) ON DELETE CASCADE,
    email       TEXT,
    label       TEXT    NOT NULL,
    subject     TEXT,
    body        TEXT,
    created_at  BIGINT  NOT NULL,
    due_at      BIGINT  NOT NULL,
    lease_until BIGINT  NOT NULL,
    attempts    INTEGER NOT NULL
);
CREATE INDEX mail_outbox_due ON mail_outbox (due_at);
CREATE INDEX mail_outbox_user ON mail_outbox (user_id);
