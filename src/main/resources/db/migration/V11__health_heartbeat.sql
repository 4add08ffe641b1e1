-- One row that /health rewrites at most every 10 s: a write that fails (full disk, read-only file,
-- damaged pages) turns "writable" false in /health while reads still work.
CREATE TABLE health_heartbeat (
    id      INTEGER NOT NULL PRIMARY KEY,
    beat_at BIGINT  NOT NULL
);
