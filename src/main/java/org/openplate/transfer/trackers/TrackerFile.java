package org.openplate.transfer.trackers;

/** One uploaded file: its name as the user's browser or shell gave it, and its bytes. */
public record TrackerFile(String name, byte[] bytes) {
}
