package org.openplate.food.importer;

/** Progress callbacks for long imports (the CLI draws a bar; the web UI shows counts). */
public interface Progress {

    /** @param done bytes (or rows) processed so far; @param total the total, or -1 when unknown */
    void update(long done, long total, long rowsRead);

    Progress NONE = (done, total, rows) -> { };
}
