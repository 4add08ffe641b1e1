package org.openplate.transfer.trackers;

import org.openplate.common.BadInputException;

/**
 * An export that cannot be read at all (unknown file, wrong columns, not an Excel file, too large,
 * a zip bomb). The message names the file and, where it helps, the row; the field is "file".
 */
class TrackerFormatException extends BadInputException {

    public TrackerFormatException(String message) {
        super("file", message);
    }
}
